package org.medmassage.support.outbox;

import org.medmassage.events.DomainEvent;

/**
 * Told of each event a unit of work appends to the outbox, inside that unit of work: where a service counts what it
 * announces (e.g. benefits' cost share by bucket) without a line in its domain code. A unit of work rolled back after
 * the append has been counted all the same: a rare over-count, which is what a counter of business events may carry.
 */
@FunctionalInterface
public interface OutboxObserver {

    void appended(DomainEvent event);
}
