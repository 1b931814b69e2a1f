package org.medmassage.support.messaging;

import java.time.Duration;
import java.util.List;
import org.medmassage.support.outbox.UnitOfWork;
import reactor.core.publisher.Flux;

/** Runs every {@link DeadLetterObserver} of the service in one unit of work and waits for it. */
public class DeadLetterObservers {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<DeadLetterObserver> observers;
    private final UnitOfWork unitOfWork;

    public DeadLetterObservers(List<DeadLetterObserver> observers, UnitOfWork unitOfWork) {
        this.observers = List.copyOf(observers);
        this.unitOfWork = unitOfWork;
    }

    void beforeDeadLetter(UnprocessableRecord record) {
        if (observers.isEmpty()) {
            return;
        }
        unitOfWork.execute(Flux.fromIterable(observers)
                        .concatMap(observer -> observer.beforeDeadLetter(record))
                        .then())
                .block(TIMEOUT);
    }
}
