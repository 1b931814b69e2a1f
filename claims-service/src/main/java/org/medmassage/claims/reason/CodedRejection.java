package org.medmassage.claims.reason;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a line or a whole visit is not paid, in remittance terms: group + CARC, an optional RARC, and a reason in words.
 * Policies answer with one of these instead of throwing, so the answer can travel to the 835/EOB unchanged.
 * {@code onAllowedAmount}: the adjustment covers only the allowed amount and the rest stays the provider's CO-45
 * (CS-06 with liability basis ALLOWED); otherwise it covers the whole charge.
 */
public record CodedRejection(AdjustmentGroup group, String carc, String rarc, String reason, boolean onAllowedAmount) {

    public CodedRejection {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(carc, "carc");
        Objects.requireNonNull(reason, "reason");
    }

    public CodedRejection(AdjustmentGroup group, String carc, String rarc, String reason) {
        this(group, carc, rarc, reason, false);
    }

    public Optional<String> remarkCode() {
        return Optional.ofNullable(rarc).filter(code -> !code.isBlank());
    }

    /** e.g. {@code CO-197}. */
    public String code() {
        return group + "-" + carc;
    }

    // PA-05: no authorization for a service that needs one; provider liability.
    public static CodedRejection noAuthorization(String rarc, String reason) {
        return new CodedRejection(AdjustmentGroup.CO, "197", rarc, reason);
    }

    // PA-05 (Example 6d): a valid authorization that does not cover this service; provider liability.
    public static CodedRejection serviceNotAuthorized(String procedureCodes, String authorizationNumber) {
        return new CodedRejection(AdjustmentGroup.CO, "284", "N54", procedureCodes + " not authorized by "
                + (authorizationNumber == null ? "the authorization" : authorizationNumber));
    }

    // CS-06: visit over the plan's visit limit; the patient owes the visit.
    public static CodedRejection benefitLimitReached(String reason) {
        return new CodedRejection(AdjustmentGroup.PR, "119", "N640", reason);
    }

    // CS-06 with liability basis ALLOWED (Example 5 alternative): PR-119 on the allowed amount, CO-45 on the rest.
    public static CodedRejection benefitLimitReachedOnAllowed(String reason) {
        return new CodedRejection(AdjustmentGroup.PR, "119", "N640", reason, true);
    }
}
