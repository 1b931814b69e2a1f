package org.medmassage.benefits.application;

import java.util.List;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.events.benefit.CoverageActivated;

/** CoverageActivated carries the plan terms other services act on (pre-auth, referral, visit limit, timed units,
 * the provider types it pays for massage, the procedure codes it covers). */
final class CoverageAnnouncements {

    private CoverageAnnouncements() {
    }

    static CoverageActivated activated(Coverage coverage, BenefitPlan plan) {
        return new CoverageActivated(coverage.memberId(), plan.planId(), coverage.effectiveFrom(), coverage.effectiveTo(),
                plan.preAuthRequired(), plan.referralRequired(), plan.visitLimit(), plan.timedUnitMethod().name(),
                plan.providerTypes().sorted().orElse(null), List.copyOf(plan.coveredServices().sorted()),
                coverage.payerType().name(), coverage.cobOrder());
    }
}
