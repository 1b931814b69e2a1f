package org.medmassage.authorization.usage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.codesets.remittance.CodedRejection;

/** Whether each massage line of a billed visit has the active referral its plan requires (MN-01). */
public sealed interface ReferralCheck {

    /** The massage codes billed without an active referral; empty when every line may go on. */
    List<String> codesWithoutReferral();

    /**
     * The referral whose session the visit uses, as it stands once used (MN-04, ADR 0066); empty when sessions are not
     * counted on the visit (a plan asking for pre-authorization counts them on the authorization) or none is used.
     */
    Optional<ReferralSessions> session();

    /**
     * The plan asks for no referral, or every massage line has an active one, or no massage line was billed;
     * {@code usedSession} is null when no session is counted.
     */
    record Referred(ReferralSessions usedSession) implements ReferralCheck {

        public Referred() {
            this(null);
        }

        @Override
        public List<String> codesWithoutReferral() {
            return List.of();
        }

        @Override
        public Optional<ReferralSessions> session() {
            return Optional.ofNullable(usedSession);
        }
    }

    /**
     * MN-01: these codes' lines are denied as {@code rejection} says (CO-288), whatever their authorization; the other
     * massage lines use {@code usedSession} (null when none is counted).
     */
    record ReferralAbsent(List<String> codesWithoutReferral, CodedRejection rejection, ReferralSessions usedSession)
            implements ReferralCheck {

        public ReferralAbsent {
            codesWithoutReferral = List.copyOf(codesWithoutReferral);
            Objects.requireNonNull(rejection, "rejection");
            if (codesWithoutReferral.isEmpty()) {
                throw new IllegalArgumentException("a referral is absent for at least one billed code");
            }
        }

        public ReferralAbsent(List<String> codesWithoutReferral, CodedRejection rejection) {
            this(codesWithoutReferral, rejection, null);
        }

        @Override
        public Optional<ReferralSessions> session() {
            return Optional.ofNullable(usedSession);
        }

        /** No billed line is left once the lines without a referral are denied. */
        public boolean deniesEveryLine(BilledVisit visit) {
            return codesWithoutReferral.containsAll(visit.procedureCodes());
        }
    }
}
