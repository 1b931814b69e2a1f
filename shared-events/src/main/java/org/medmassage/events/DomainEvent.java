package org.medmassage.events;

/** A fact that happened, about one member. The payload of an {@link EventEnvelope}. */
public interface DomainEvent {
    String memberId();

    /** The claim, authorization or referral this event belongs to. */
    String correlationId();
}
