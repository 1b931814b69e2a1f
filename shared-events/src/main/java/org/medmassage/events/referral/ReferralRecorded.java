package org.medmassage.events.referral;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/** A complete, valid referral for medical massage, usable from validFrom to validTo (MN-04) for up to sessions visits. */
public record ReferralRecorded(
        String referralId,
        String memberId,
        Prescriber prescriber,
        List<String> diagnosisCodes,
        List<String> procedureCodes,
        int sessions,
        int durationWeeks,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validTo) implements DomainEvent {

    @Override
    public String correlationId() {
        return referralId;
    }
}
