package org.medmassage.events.referral;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** A letter of medical necessity for HSA/FSA substantiation (ALT-01), valid at most 12 months. */
public record MedicalNecessityLetterIssued(
        String letterId,
        String referralId,
        String memberId,
        List<String> diagnosisCodes,
        LocalDate issuedOn,
        LocalDate validTo) implements DomainEvent {

    @Override
    public String correlationId() {
        return referralId;
    }
}
