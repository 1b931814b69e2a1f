package org.medmassage.authorization.usage;

import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * Why a visit is not covered by an authorization, with its PA-05 codes (CO group: in network the provider, not the
 * patient, carries the loss). Each carries the step of the PA-03 match it failed at: when several authorizations
 * fail, the answer is the one that got furthest (the most specific reason), whatever the declaration order.
 */
public enum AuthorizationProblem {
    /** PA-05 CO-197: no authorization on file for the member (M62: missing/invalid authorization number). */
    ABSENT("197", "M62", 1),
    /** PA-05 CO-15: the cited number is not one of the member's authorizations (M62), although the member has some. */
    WRONG_NUMBER("15", "M62", 2),
    /** PA-05 CO-15: the authorization does not apply to this date of service (N54: claim inconsistent with it). */
    OUTSIDE_WINDOW("15", "N54", 3),
    /** PA-05 CO-284: valid authorization, not for this service. */
    SERVICE_NOT_AUTHORIZED("284", "N54", 4),
    /** PA-05 CO-296: valid authorization, not for this provider. */
    OTHER_PROVIDER("296", "N54", 5),
    /** PA-05 CO-198: every approved visit is used. */
    EXHAUSTED("198", "N54", 6);

    private final String carc;
    private final String rarc;
    private final int matchStep;

    AuthorizationProblem(String carc, String rarc, int matchStep) {
        this.carc = carc;
        this.rarc = rarc;
        this.matchStep = matchStep;
    }

    /** PA-03: this problem was found at a later step of the match than {@code other}'s. */
    public boolean gotFurtherThan(AuthorizationProblem other) {
        return matchStep > other.matchStep;
    }

    // PA-05: the visit is denied in the CO group with this problem's CARC and RARC.
    public CodedRejection rejection(String reason) {
        return new CodedRejection(AdjustmentGroup.CO, carc, rarc, reason);
    }
}
