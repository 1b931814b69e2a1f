package org.medmassage.support.outbox;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * One database transaction around a use case: its state changes, its outbox rows and (for a consumer) its inbox row
 * commit together or not at all. After the commit the outbox relay is woken to publish at once, if the unit of work
 * appended anything: most consumed events change state and announce nothing, and a wake-up costs the relay a round.
 */
public class UnitOfWork {

    private final TransactionalOperator tx;
    private final OutboxRelay relay;

    public UnitOfWork(TransactionalOperator tx, OutboxRelay relay) {
        this.tx = tx;
        this.relay = relay;
    }

    public <T> Mono<T> execute(Mono<T> work) {
        return Mono.deferContextual(outer -> {
            if (outer.hasKey(Appended.class)) {
                // inside another unit of work (e.g. each claim of an 837 file): it commits, and it wakes the relay
                return tx.transactional(work);
            }
            Appended appended = new Appended();
            return tx.transactional(work).contextWrite(context -> context.put(Appended.class, appended))
                    .doOnSuccess(result -> {
                        if (appended.any()) {
                            relay.wake();
                        }
                    });
        });
    }

    /** Whether the unit of work in {@code context} (if any) appended outbox rows: {@link Outbox#append} marks it. */
    static final class Appended {

        private final AtomicBoolean any = new AtomicBoolean();

        static void markIn(ContextView context) {
            context.<Appended>getOrEmpty(Appended.class).ifPresent(appended -> appended.any.set(true));
        }

        boolean any() {
            return any.get();
        }
    }
}
