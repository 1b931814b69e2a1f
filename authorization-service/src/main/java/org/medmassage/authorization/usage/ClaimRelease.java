package org.medmassage.authorization.usage;

/**
 * Which claim outcomes leave the claim's visit. PA-04: a visit is restored on denial or void only. A PAID or
 * PARTIALLY_PAID claim was treated (its authorized lines at least), so it keeps the visit, even when some of its lines
 * were denied.
 */
public final class ClaimRelease {

    private ClaimRelease() {
    }

    /** True for an adjudication that gives the visit back: DENIED (a void is its own event and always does). */
    public static boolean leavesVisit(String adjudicatedStatus) {
        return "DENIED".equals(adjudicatedStatus);
    }
}
