package org.medmassage.notification.notice;

import java.time.LocalDate;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthDenied;
import org.medmassage.events.authorization.AuthExhausted;
import org.medmassage.events.authorization.AuthExpired;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.AuthPended;

/** What the patient is told about a pre-authorization decision (RULEBOOK §6.2: A1, A2, A3, A4). */
final class AuthorizationNotices {

    private AuthorizationNotices() {
    }

    static Notice approved(AuthApproved auth) {
        return new Notice(Category.AUTHORIZATION, "Massage therapy approved",
                "Your massage therapy is approved for " + Words.visits(auth.approvedVisits())
                        + window(auth.validFrom(), auth.validTo()) + number(auth.authorizationNumber()));
    }

    static Notice partiallyApproved(AuthPartiallyApproved auth) {
        return new Notice(Category.AUTHORIZATION, "Massage therapy partly approved",
                "Your massage therapy is partly approved: " + auth.approvedVisits() + " of the "
                        + Words.visits(auth.requestedVisits()) + " requested"
                        + (auth.validFrom() == null ? "" : ",") + window(auth.validFrom(), auth.validTo())
                        + number(auth.authorizationNumber())
                        + Words.reason(auth.reason()).map(r -> "; reason: " + r).orElse(""));
    }

    static Notice pended(AuthPended auth) {
        return new Notice(Category.AUTHORIZATION, "Approval pending",
                "Your request for massage therapy is pending"
                        + Words.reason(auth.reason()).map(r -> ": " + r).orElse(" review"));
    }

    static Notice denied(AuthDenied auth) {
        return new Notice(Category.AUTHORIZATION, "Massage therapy not approved",
                "Your request for massage therapy was not approved"
                        + Words.reason(auth.reason()).map(r -> ": " + r).orElse(""));
    }

    static Notice expired(AuthExpired auth) {
        int unused = Math.max(0, auth.approvedVisits() - auth.visitsUsed());
        return new Notice(Category.AUTHORIZATION, "Authorization ended",
                "Your massage therapy authorization" + named(auth.authorizationNumber()) + " ended on "
                        + auth.validTo() + " with " + unused + " of your "
                        + Words.count(auth.approvedVisits(), "approved visit", "approved visits") + " unused");
    }

    static Notice exhausted(AuthExhausted auth) {
        return new Notice(Category.AUTHORIZATION, "All approved visits used",
                "You have used all " + Words.visits(auth.approvedVisits())
                        + " approved by your massage therapy authorization" + named(auth.authorizationNumber()));
    }

    private static String window(LocalDate from, LocalDate to) {
        return from == null || to == null ? "" : " from " + from + " to " + to;
    }

    private static String number(String authorizationNumber) {
        return authorizationNumber == null ? "" : " (authorization number " + authorizationNumber + ")";
    }

    private static String named(String authorizationNumber) {
        return authorizationNumber == null ? "" : " " + authorizationNumber;
    }
}
