package org.medmassage.benefits.costshare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.benefits.accumulator.Accumulators;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.Milestone;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.coverage.Enrollment;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.benefits.plan.PlanYear;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * Saga step 4 as a pure decision: eligibility on the DOS (CO-26/CO-27), the rendering provider's type (CO-185 N95),
 * the network tier's benefit (PR-242), the covered codes, then the visit limit, then CS-01 against the accumulators
 * of the plan year the DOS selects (CS-03). Nothing is posted on a refusal (CS-06: denied visits do not count).
 * The provider type comes before the network (decision 0061): RULEBOOK §5.2 step 0 names the provider's status first,
 * and claims-service's own CO-185 at intake does not look at the network either.
 */
public final class BenefitAdjudicator {

    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final ProviderTypePolicy providerType = new ProviderTypePolicy();
    private final NetworkBenefitPolicy networkBenefit = new NetworkBenefitPolicy();
    private final CoveredServicePolicy coveredServices = new CoveredServicePolicy();
    private final VisitLimitPolicy visitLimit = new VisitLimitPolicy();
    private final CostShareCalculator calculator = new CostShareCalculator();
    private final int visitsLeftThreshold;

    public BenefitAdjudicator() {
        this(Milestone.VISITS_APPROACHING_THRESHOLD);
    }

    /** {@code visitsLeftThreshold}: VisitLimitApproaching once this many visits or fewer are left. */
    public BenefitAdjudicator(int visitsLeftThreshold) {
        this.visitsLeftThreshold = visitsLeftThreshold;
    }

    /** {@code ledger} holds the member's active rows (at least those of the plan year the DOS selects). */
    public Adjudication adjudicate(CostShareRequest request, Optional<Enrollment> enrollment, Ledger ledger) {
        Optional<CodedRejection> ineligible =
                eligibility.check(enrollment.map(Enrollment::coverage), request.dateOfService());
        if (ineligible.isPresent()) {
            return new Adjudication.NotCovered(ineligible.get());
        }
        BenefitPlan plan = enrollment.orElseThrow().plan();
        Optional<CodedRejection> providerNotPaid = providerType.check(plan, request.renderingProviderTaxonomy());
        if (providerNotPaid.isPresent()) {
            return new Adjudication.NotCovered(providerNotPaid.get());
        }
        Optional<CodedRejection> outOfNetwork = networkBenefit.check(plan, request.tier());
        if (outOfNetwork.isPresent()) {
            return new Adjudication.NotCovered(outOfNetwork.get());
        }
        CoveredServicePolicy.Split split = coveredServices.split(plan, request.lines());
        Optional<CodedRejection> nothingCovered = split.visitRejection(plan.planId());
        if (nothingCovered.isPresent()) {
            return new Adjudication.NotCovered(nothingCovered.get());
        }
        PlanYear year = plan.planYearOf(request.dateOfService());
        Accumulators before = Accumulators.of(plan, year, ledger, enrollment.get().coverage().isFamilyCoverage());
        VisitDecision visit = visitLimit.decide(plan.visitLimit(), before.visitsUsed(),
                ledger.hasVisitOn(request.dateOfService()));
        if (visit instanceof VisitDecision.OverLimit over) {
            return new Adjudication.OverVisitLimit(over.rejection(), over.visitsUsed(), over.visitLimit(),
                    plan.visits().liabilityWhenExhausted(), split.notCovered());
        }
        return apply(request, split, plan, ledger, before, ((VisitDecision.Covered) visit).newlyCounted());
    }

    private Adjudication apply(CostShareRequest request, CoveredServicePolicy.Split split, BenefitPlan plan,
                               Ledger ledger, Accumulators before, boolean countsVisit) {
        // Example 2: massage is a rehab visit; a plan that waives the deductible for rehab skips CS-01 step 2
        BigDecimal deductibleRemaining = plan.rules().deductibleWaivedForRehab()
                ? Money.ZERO : before.deductibleRemaining(request.tier());
        Remaining remaining = new Remaining(deductibleRemaining, before.outOfPocketRemaining(request.tier()));
        CostShare primary = calculator.calculate(plan.terms(request.tier()), plan.rules().copayBeforeDeductible(),
                remaining, split.covered());
        // RULEBOOK §7.3 Example 11: after a primary payer, the plan pays by its COB method; the patient's part posts
        CostShare share = request.paysAsSecondary()
                ? CoordinationOfBenefits.asSecondary(primary, request.priorPayerPaid(), plan.rules().cobMethod())
                : primary;
        List<Posting> postings = postingsOf(request, share);
        List<VisitPosting> visits = countsVisit
                ? List.of(new VisitPosting(request.claimId(), request.dateOfService()))
                : List.of();
        Accumulators after = Accumulators.of(plan, before.planYear(), ledger.with(postings, visits),
                before.familyCoverage());
        List<Milestone> milestones = Milestone.crossed(before, after, request.tier(), countsVisit,
                visitsLeftThreshold);
        return new Adjudication.Applied(share, postings, visits, after, milestones, split.notCovered());
    }

    /** CS-01 step 7: DED += deductible; OOP += deductible + copay + coinsurance (never balance bill, CS-05). */
    private static List<Posting> postingsOf(CostShareRequest request, CostShare share) {
        List<Posting> postings = new ArrayList<>();
        if (share.deductible().signum() > 0) {
            postings.add(new Posting(request.claimId(), request.dateOfService(),
                    Bucket.deductible(request.tier()), share.deductible()));
        }
        if (share.patientResponsibility().signum() > 0) {
            postings.add(new Posting(request.claimId(), request.dateOfService(),
                    Bucket.outOfPocket(request.tier()), share.patientResponsibility()));
        }
        return postings;
    }
}
