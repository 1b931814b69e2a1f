package org.medmassage.events.benefit;

import java.time.LocalDate;
import org.medmassage.events.DomainEvent;

/**
 * A member's identity as benefits-service keeps it (issue 15, decision 0069): the name and date of birth a receipt,
 * a Good Faith Estimate or a letter of medical necessity must show (RULEBOOK §7.1, §7.4). Sent again when it changes.
 */
public record MemberRegistered(
        String memberId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth) implements DomainEvent {

    @Override
    public String correlationId() {
        return memberId;
    }
}
