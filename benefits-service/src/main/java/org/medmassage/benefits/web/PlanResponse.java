package org.medmassage.benefits.web;

import java.time.format.DateTimeFormatter;
import org.medmassage.benefits.plan.BenefitPlan;

/** A registered plan; planYearStart as MM-DD. */
public record PlanResponse(String planId, String planYearStart, boolean preAuthRequired, boolean referralRequired,
                           int visitLimit, TierTermsBody inNetwork, TierTermsBody outOfNetwork) {

    static PlanResponse of(BenefitPlan plan) {
        return new PlanResponse(plan.planId(),
                DateTimeFormatter.ofPattern("MM-dd").format(plan.planYearStart()),
                plan.preAuthRequired(), plan.referralRequired(), plan.visitLimit(),
                TierTermsBody.of(plan.inNetwork()), TierTermsBody.of(plan.outOfNetwork()));
    }
}
