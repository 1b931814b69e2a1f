package org.medmassage.authorization.usage;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * MN-01: on a plan with referralRequired, a massage line needs a referral of the member that is active on the date of
 * service (MN-04 window, not revoked) and orders its code. Which codes are massage is configuration: MN-01 names 97124,
 * and 97140 only when a massage therapist performs it; the provider's taxonomy is not known here yet, so both are by
 * default (ADR 0057).
 */
public final class ReferralRequirement {

    public static final Set<String> DEFAULT_MASSAGE_CODES = Set.of("97124", "97140");

    // RULEBOOK carc_rarc table: CARC 288 "referral absent"; RARC N29 "missing documentation/orders", its scenario
    // being "plan of care/referral not received". CO: in network the provider carries the loss.
    private static final String REFERRAL_ABSENT = "288";
    private static final String MISSING_ORDERS = "N29";

    private final Set<String> massageCodes;

    public ReferralRequirement(Collection<String> massageCodes) {
        this.massageCodes = Set.copyOf(massageCodes);
    }

    public ReferralRequirement() {
        this(DEFAULT_MASSAGE_CODES);
    }

    public ReferralCheck check(BilledVisit visit, boolean referralRequired, Collection<KnownReferral> memberReferrals) {
        if (!referralRequired) {
            return new ReferralCheck.Referred();
        }
        List<String> withoutReferral = visit.procedureCodes().stream()
                .filter(massageCodes::contains)
                .filter(code -> memberReferrals.stream().noneMatch(referral -> backs(referral, visit, code)))
                .toList();
        if (withoutReferral.isEmpty()) {
            return new ReferralCheck.Referred();
        }
        return new ReferralCheck.ReferralAbsent(withoutReferral, absent(visit, withoutReferral, ""));
    }

    /** The massage codes among the billed ones. */
    List<String> massageCodesOf(BilledVisit visit) {
        return visit.procedureCodes().stream().filter(massageCodes::contains).toList();
    }

    // MN-01: CO-288 N29; {@code cause} ("" or ending "; ") says why a referral on file does not do
    static CodedRejection absent(BilledVisit visit, List<String> withoutReferral, String cause) {
        return new CodedRejection(AdjustmentGroup.CO, REFERRAL_ABSENT, MISSING_ORDERS, cause
                + "no active referral of member " + visit.memberId() + " orders " + String.join(", ", withoutReferral)
                + " on " + visit.dateOfService() + "; the member's plan requires one");
    }

    private static boolean backs(KnownReferral referral, BilledVisit visit, String code) {
        return referral.isFor(visit.memberId()) && referral.isActiveOn(visit.dateOfService()) && referral.backs(code);
    }
}
