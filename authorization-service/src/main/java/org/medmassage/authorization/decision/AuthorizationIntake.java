package org.medmassage.authorization.decision;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PayerType;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;
import org.medmassage.authorization.referral.KnownReferral;

/**
 * Receives a request: gives it its identity, number and due date (PA-02), and decides it at once when it can. Who may
 * render it (§1.3) and what it is for (MN-09) are judged first, before the referral and before any visit is promised;
 * an approval is then cut to what the plan still gives (dates, codes, visits left in the plan year; decision 0067), then
 * at the plan's re-evaluation gate (MN-06), and one that still certifies more visits than the
 * auto-approval ceiling is pended for a reviewer (A4).
 */
public final class AuthorizationIntake {

    private final AuthorizationPolicy policy;
    private final Function<CareTerms, DecisionTurnaround> turnaroundOf;
    private final AuthorizationNumbers numbers;
    private final ProviderTypePolicy providerTypes = new ProviderTypePolicy();
    private final MaintenanceCarePolicy maintenance = new MaintenanceCarePolicy();
    private final PlanBenefitPolicy planBenefit = new PlanBenefitPolicy();
    private final AutoApprovalCeiling ceiling;

    /** Without an auto-approval ceiling: the rules decide every request. */
    public AuthorizationIntake(AuthorizationPolicy policy, DecisionTurnaround turnaround, AuthorizationNumbers numbers) {
        this(policy, turnaround, numbers, AutoApprovalCeiling.none());
    }

    /** One decision clock for every request, whatever the member's plan. */
    public AuthorizationIntake(AuthorizationPolicy policy, DecisionTurnaround turnaround, AuthorizationNumbers numbers,
            AutoApprovalCeiling ceiling) {
        this(policy, terms -> turnaround, numbers, ceiling);
    }

    /**
     * PA-02 per payer type: the clocks of the payer type of the member's plan in force on the start date, else of
     * {@code defaultPayerType} (decision 0069).
     */
    public AuthorizationIntake(AuthorizationPolicy policy, DecisionClocks clocks, PayerType defaultPayerType,
            AuthorizationNumbers numbers, AutoApprovalCeiling ceiling) {
        this(policy, terms -> clocks.forPayer(terms.coverage().map(CoverageTerms::payerType)
                .filter(Objects::nonNull).orElse(defaultPayerType)), numbers, ceiling);
    }

    private AuthorizationIntake(AuthorizationPolicy policy, Function<CareTerms, DecisionTurnaround> turnaroundOf,
            AuthorizationNumbers numbers, AutoApprovalCeiling ceiling) {
        this.policy = policy;
        this.turnaroundOf = turnaroundOf;
        this.numbers = numbers;
        this.ceiling = ceiling;
    }

    /** The authorization and, when it was cut at its gate, its wait for a progress report (MN-06). */
    public record Received(Authorization authorization, Optional<ReEvaluation> reEvaluation) {
    }

    public Authorization receive(AuthorizationRequest request, Optional<KnownReferral> referral,
            int sessionsAlreadyAuthorized) {
        return receive(request, referral, sessionsAlreadyAuthorized, CareTerms.none()).authorization();
    }

    public Received receive(AuthorizationRequest request, Optional<KnownReferral> referral,
            int sessionsAlreadyAuthorized, CareTerms terms) {
        ReEvaluationGate.Gated decision = decide(request, referral, sessionsAlreadyAuthorized, terms);
        return received(Authorization.of(AuthorizationId.random(),
                numbers.issue(request.receivedAt().atZone(ZoneOffset.UTC).toLocalDate()), request,
                turnaroundOf.apply(terms).dueAt(request.receivedAt(), request.priority()), decision.decision(),
                request.receivedAt()),
                decision, terms);
    }

    /** A pended request, decided now that its referral is known. */
    public Authorization decidePended(PendedAuthorization pended, KnownReferral referral, int sessionsAlreadyAuthorized,
            Instant now) {
        return decidePended(pended, referral, sessionsAlreadyAuthorized, CareTerms.none(), now).authorization();
    }

    public Received decidePended(PendedAuthorization pended, KnownReferral referral, int sessionsAlreadyAuthorized,
            CareTerms terms, Instant now) {
        ReEvaluationGate.Gated decision = decide(pended.request(), Optional.of(referral), sessionsAlreadyAuthorized,
                terms);
        return received(pended.decide(decision.decision(), now), decision, terms);
    }

    private static Received received(Authorization authorization, ReEvaluationGate.Gated decision, CareTerms terms) {
        return new Received(authorization, decision.awaitsReport()
                ? Optional.of(ReEvaluation.awaiting(authorization.id(), terms.gate())) : Optional.empty());
    }

    private ReEvaluationGate.Gated decide(AuthorizationRequest request, Optional<KnownReferral> referral,
            int sessionsAlreadyAuthorized, CareTerms terms) {
        Optional<Decision.Denied> screened = providerTypes.check(request, terms.coverage())
                .or(() -> maintenance.check(request));
        if (screened.isPresent()) {
            return new ReEvaluationGate.Gated(screened.get(), false);
        }
        Decision allowed = planBenefit.clamp(policy.decide(request, referral, sessionsAlreadyAuthorized), terms.plan());
        ReEvaluationGate.Gated gated = terms.gate().clamp(allowed, 0, request.startDate());
        // what is certified now, after the MN-06 cut, is what a reviewer would be asked to look at
        Decision capped = ceiling.apply(gated.decision());
        return capped == gated.decision() ? gated : new ReEvaluationGate.Gated(capped, false);
    }
}
