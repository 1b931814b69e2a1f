package org.medmassage.authorization.config;

import java.util.List;
import org.medmassage.authorization.coverage.PreAuthRequirement;
import org.medmassage.authorization.decision.AuthorizationIntake;
import org.medmassage.authorization.decision.AuthorizationPolicy;
import org.medmassage.authorization.decision.AutoApprovalCeiling;
import org.medmassage.authorization.decision.DeadlineWatch;
import org.medmassage.authorization.decision.DecisionClocks;
import org.medmassage.authorization.decision.RandomAuthorizationNumbers;
import org.medmassage.authorization.decision.ReviewerDecisionPolicy;
import org.medmassage.authorization.extension.ExtensionPolicy;
import org.medmassage.authorization.reevaluation.ProgressReportPolicy;
import org.medmassage.authorization.reevaluation.ReEvaluationGates;
import org.medmassage.authorization.time.PayerCalendar;
import org.medmassage.authorization.usage.ReferralRequirement;
import org.medmassage.authorization.usage.ReferralSessionPolicy;
import org.medmassage.authorization.usage.VisitAuthorizationPolicy;
import org.medmassage.support.lock.MemberLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The pure domain policies as beans, so use cases receive them rather than construct them; scheduling for
 * {@link VisitsAwaitingCoverageSweep}, {@link DecisionDeadlineSweep} and {@link AuthorizationExpirySweep}.
 */
@Configuration
@EnableScheduling
class AuthorizationDomainConfiguration {

    /** The clocks of the payer type of the member's plan; the configured payer type's when it is not known (0069). */
    /** A request received after its referral ended is a retro request; no limit unless configured (decision 0065). */
    @Bean
    AuthorizationPolicy authorizationPolicy(
            @Value("${medmassage.authorization.retro-request-limit-days:#{null}}") Integer retroLimitDays) {
        return new AuthorizationPolicy(retroLimitDays);
    }

    /** A request the rules would certify for more visits than the ceiling waits for a reviewer (A4); none when blank. */
    @Bean
    AuthorizationIntake authorizationIntake(AuthorizationPolicy policy, DecisionClocks clocks,
            TurnaroundProperties turnaround,
            @Value("${medmassage.authorization.auto-approval.max-visits:#{null}}") Integer autoApprovalMaxVisits) {
        return new AuthorizationIntake(policy, clocks, turnaround.payerType(), new RandomAuthorizationNumbers(),
                new AutoApprovalCeiling(autoApprovalMaxVisits));
    }

    @Bean
    DecisionClocks decisionClocks(TurnaroundProperties turnaround) {
        return new DecisionClocks(turnaround.expedited(), turnaround.standardDays(), turnaround.zone());
    }

    @Bean
    DeadlineWatch deadlineWatch(TurnaroundProperties turnaround) {
        return new DeadlineWatch(turnaround.warning());
    }

    @Bean
    PayerCalendar payerCalendar(TurnaroundProperties turnaround) {
        return new PayerCalendar(turnaround.zone());
    }

    @Bean
    ReviewerDecisionPolicy reviewerDecisionPolicy(AuthorizationPolicy policy) {
        return new ReviewerDecisionPolicy(policy);
    }

    @Bean
    ReEvaluationGates reEvaluationGates(ReEvaluationProperties reEvaluation) {
        return reEvaluation.gates();
    }

    @Bean
    ProgressReportPolicy progressReportPolicy(AuthorizationPolicy policy) {
        return new ProgressReportPolicy(policy);
    }

    @Bean
    ExtensionPolicy extensionPolicy(AuthorizationPolicy policy) {
        return new ExtensionPolicy(policy);
    }

    @Bean
    VisitAuthorizationPolicy visitAuthorizationPolicy() {
        return new VisitAuthorizationPolicy();
    }

    @Bean
    PreAuthRequirement preAuthRequirement() {
        return new PreAuthRequirement();
    }

    @Bean
    ReferralRequirement referralRequirement(
            @Value("${medmassage.authorization.referral.massage-codes:97124,97140}") List<String> massageCodes) {
        return new ReferralRequirement(massageCodes);
    }

    @Bean
    ReferralSessionPolicy referralSessionPolicy(ReferralRequirement referralRequirement) {
        return new ReferralSessionPolicy(referralRequirement);
    }

    /** Each use case locks the member first, so a request and an event for one member never interleave. */
    @Bean
    MemberLock memberLock(DatabaseClient db) {
        return new MemberLock(db, "auth");
    }
}
