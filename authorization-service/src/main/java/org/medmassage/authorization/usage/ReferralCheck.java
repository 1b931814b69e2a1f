package org.medmassage.authorization.usage;

import java.util.List;
import java.util.Objects;
import org.medmassage.codesets.remittance.CodedRejection;

/** Whether each massage line of a billed visit has the active referral its plan requires (MN-01). */
public sealed interface ReferralCheck {

    /** The massage codes billed without an active referral; empty when every line may go on. */
    List<String> codesWithoutReferral();

    /** The plan asks for no referral, or every massage line has an active one, or no massage line was billed. */
    record Referred() implements ReferralCheck {

        @Override
        public List<String> codesWithoutReferral() {
            return List.of();
        }
    }

    /** MN-01: these codes' lines are denied as {@code rejection} says (CO-288), whatever their authorization. */
    record ReferralAbsent(List<String> codesWithoutReferral, CodedRejection rejection) implements ReferralCheck {

        public ReferralAbsent {
            codesWithoutReferral = List.copyOf(codesWithoutReferral);
            Objects.requireNonNull(rejection, "rejection");
            if (codesWithoutReferral.isEmpty()) {
                throw new IllegalArgumentException("a referral is absent for at least one billed code");
            }
        }

        /** No billed line is left once the lines without a referral are denied. */
        public boolean deniesEveryLine(BilledVisit visit) {
            return codesWithoutReferral.containsAll(visit.procedureCodes());
        }
    }
}
