package org.medmassage.support.messaging;

import reactor.core.publisher.Mono;

/**
 * Told about a record just before it goes to a dead-letter topic, inside a unit of work of its own, so that a service
 * can make the loss visible in its own state (claims pends the claim whose reply it could not use). A failure here
 * fails the dead-lettering: the record is not committed and comes again, so nothing is dead-lettered unobserved.
 * Must be idempotent: the same record can be observed again if writing its dead letter fails.
 */
public interface DeadLetterObserver {

    Mono<Void> beforeDeadLetter(UnprocessableRecord record);
}
