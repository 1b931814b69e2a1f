package org.medmassage.support.outbox;

import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * One database transaction around a use case: its state changes, its outbox rows and (for a consumer) its inbox row
 * commit together or not at all. After the commit the outbox relay is woken to publish at once.
 */
public class UnitOfWork {

    private final TransactionalOperator tx;
    private final OutboxRelay relay;

    public UnitOfWork(TransactionalOperator tx, OutboxRelay relay) {
        this.tx = tx;
        this.relay = relay;
    }

    public <T> Mono<T> execute(Mono<T> work) {
        return tx.transactional(work).doOnSuccess(result -> relay.wake());
    }
}
