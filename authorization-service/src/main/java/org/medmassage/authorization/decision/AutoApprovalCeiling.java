package org.medmassage.authorization.decision;


/**
 * The most visits the rules may certify on their own; a request they would certify for more goes to a reviewer (A4)
 * instead (issue 14; RULEBOOK MN-06's WA L&I pattern sends more than 12 massage visits to a claim manager).
 * {@code maxVisits} null: no ceiling, the rules decide every request.
 */
public record AutoApprovalCeiling(Integer maxVisits) {

    public AutoApprovalCeiling {
        if (maxVisits != null && maxVisits < 1) {
            throw new IllegalArgumentException("an auto-approval ceiling is at least one visit, not " + maxVisits);
        }
    }

    public static AutoApprovalCeiling none() {
        return new AutoApprovalCeiling(null);
    }

    /** The decision itself, or a pend for review when it certifies more visits than the ceiling. */
    public Decision apply(Decision decision) {
        return decision.certifiedVisits()
                .filter(visits -> maxVisits != null && visits > maxVisits)
                .<Decision>map(visits -> new Decision.Pended("for review: the rules would certify " + visits
                        + " visits, above the " + maxVisits + " approved without a reviewer"))
                .orElse(decision);
    }
}
