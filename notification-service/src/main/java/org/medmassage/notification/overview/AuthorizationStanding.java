package org.medmassage.notification.overview;

import java.time.LocalDate;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.AuthPended;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;

/**
 * The member's latest authorization and the visits it has left. Approved and used visits come from the authorization
 * service's own counts (VisitAuthorized, VisitReleased), never counted here, so the two can not drift apart.
 */
public record AuthorizationStanding(
        String authorizationId,
        String authorizationNumber,
        String status,
        Integer approvedVisits,
        Integer visitsUsed,
        Integer visitsLeft,
        LocalDate validFrom,
        LocalDate validTo,
        String reason) {

    static AuthorizationStanding approved(AuthApproved approved) {
        return new AuthorizationStanding(approved.authorizationId(), approved.authorizationNumber(), "APPROVED",
                approved.approvedVisits(), 0, approved.approvedVisits(), approved.validFrom(), approved.validTo(), null);
    }

    static AuthorizationStanding partiallyApproved(AuthPartiallyApproved approved) {
        return new AuthorizationStanding(approved.authorizationId(), approved.authorizationNumber(),
                "PARTIALLY_APPROVED", approved.approvedVisits(), 0, approved.approvedVisits(), approved.validFrom(),
                approved.validTo(), approved.reason());
    }

    static AuthorizationStanding pended(AuthPended pended) {
        return undecided(pended.authorizationId(), pended.authorizationNumber(), "PENDED", pended.reason());
    }

    static AuthorizationStanding denied(AuthDenied denied) {
        return undecided(denied.authorizationId(), denied.authorizationNumber(), "DENIED", denied.reason());
    }

    AuthorizationStanding expired(AuthExpired expired) {
        return is(expired.authorizationId())
                ? withVisits("EXPIRED", expired.approvedVisits(), expired.visitsUsed()) : this;
    }

    AuthorizationStanding exhausted(AuthExhausted exhausted) {
        return is(exhausted.authorizationId())
                ? withVisits("EXHAUSTED", exhausted.approvedVisits(), exhausted.approvedVisits()) : this;
    }

    AuthorizationStanding visitAuthorized(VisitAuthorized visit) {
        return is(visit.authorizationId()) && approvedVisits != null
                ? withVisits(status, approvedVisits, visit.visitsUsed()) : this;
    }

    /** A voided or denied visit's authorization use given back (CS-07). */
    AuthorizationStanding visitReleased(VisitReleased released) {
        return is(released.authorizationId()) && approvedVisits != null
                ? withVisits("EXHAUSTED".equals(status) ? "APPROVED" : status, approvedVisits, released.visitsUsed())
                : this;
    }

    private boolean is(String otherId) {
        return authorizationId.equals(otherId);
    }

    private AuthorizationStanding withVisits(String newStatus, int approved, int used) {
        return new AuthorizationStanding(authorizationId, authorizationNumber, newStatus, approved, used,
                Math.max(0, approved - used), validFrom, validTo, reason);
    }

    private static AuthorizationStanding undecided(String id, String number, String status, String reason) {
        return new AuthorizationStanding(id, number, status, null, null, null, null, null, reason);
    }
}
