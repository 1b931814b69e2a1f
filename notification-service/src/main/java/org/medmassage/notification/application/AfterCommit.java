package org.medmassage.notification.application;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/** Runs an action once the current reactive transaction has committed, so nobody sees what may still roll back. */
final class AfterCommit {

    private AfterCommit() {
    }

    static Mono<Void> run(Runnable action) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isSynchronizationActive)
                .doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public Mono<Void> afterCommit() {
                        return Mono.fromRunnable(action);
                    }
                }))
                .then()
                // outside a transaction the write has already committed
                .onErrorResume(NoTransactionException.class, none -> Mono.fromRunnable(action));
    }
}
