package org.medmassage.codesets.remittance;

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

    /** The RARC when there is one; a blank RARC is none. */
    public Optional<String> remarkCode() {
        return Optional.ofNullable(rarc).filter(code -> !code.isBlank());
    }

    /** e.g. {@code CO-197}. */
    public String code() {
        return group + "-" + carc;
    }
}
