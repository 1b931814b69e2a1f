package org.medmassage.events.authorization;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.events.DomainEvent;

/**
 * No usable authorization for the visit (PA-05): CARC 197, 198, 15, 284 or 296 with a RARC and a reason; or no active
 * referral for any billed line on a plan that requires one (MN-01): CARC 288. {@code procedureCodesWithoutReferral}
 * (null or empty when none) are massage codes billed without an active referral: their lines are denied CO-288, the
 * others with this event's CARC.
 */
public record VisitNotAuthorized(
        String claimId,
        String memberId,
        String authorizationNumber,
        LocalDate dateOfService,
        String carc,
        String rarc,
        String reason,
        List<String> procedureCodesWithoutReferral) implements DomainEvent {

    /** Every line denied for the one reason. */
    public VisitNotAuthorized(String claimId, String memberId, String authorizationNumber, LocalDate dateOfService,
                              String carc, String rarc, String reason) {
        this(claimId, memberId, authorizationNumber, dateOfService, carc, rarc, reason, List.of());
    }

    @Override
    public String correlationId() {
        return claimId;
    }
}
