package org.medmassage.authorization.usage;

import java.time.LocalDate;

/**
 * What releasing a denied or voided claim does to the visit of its date. PA-04: one visit per DOS, restored on
 * void/denial — so it is given back only when no other claim of that date still stands on it.
 */
public sealed interface VisitRelease {

    /** The last claim standing on the date left: the visit is used no more. */
    record GivenBack(AuthorizedVisits after, LocalDate dateOfService) implements VisitRelease {
    }

    /** The holder left while another claim of the date stands: the visit stays used and now counts for that claim. */
    record PassedOn(AuthorizedVisits after, LocalDate dateOfService, String toClaimId) implements VisitRelease {
    }

    /** A claim that only shared the visit left: nothing is released. */
    record SharerLeft(AuthorizedVisits after, LocalDate dateOfService) implements VisitRelease {
    }

    /** The claim stands on no visit of this authorization (never did, or was released already). */
    record NotStanding() implements VisitRelease {
    }
}
