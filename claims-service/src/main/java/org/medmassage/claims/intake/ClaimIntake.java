package org.medmassage.claims.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.coding.BilledTime;
import org.medmassage.claims.coding.EightMinuteRule;
import org.medmassage.claims.coding.TimedService;
import org.medmassage.claims.credentials.Taxonomy;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.coverage.CoverageTerms;
import org.medmassage.claims.coverage.PlanTimedUnitMethod;
import org.medmassage.claims.pricing.LinePrice;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Pricing;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.pricing.SelfPayPricing;
import org.medmassage.claims.pricing.StateFeeSchedules;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * Saga step 1 (DESIGN §4): edits a submitted claim, converts minutes to units (CPT-01/02, by the member's plan's
 * method on the date of service, recorded on the claim) and prices every line
 * (CS-01 step 1): by the provider's contract or the plan's out-of-network schedule, or for a workers' comp claim by
 * the fee schedule of the state of service, the provider's practice address's (RULEBOOK §7.2, decision 0068), or for
 * a self-pay claim by the provider's cash rate (RULEBOOK §7.4, decision 0073). Collects
 * every problem before answering, so a provider can fix the claim in one go.
 */
public final class ClaimIntake {

    private final PlanTimedUnitMethod unitMethod;
    private final IcdCodeSet icd;
    private final StateFeeSchedules workersComp;

    /** {@code defaultMethod}: the payer's, for members whose coverage terms are not known here. */
    public ClaimIntake(TimedUnitMethod defaultMethod, IcdCodeSet icd, StateFeeSchedules workersComp) {
        this.unitMethod = new PlanTimedUnitMethod(defaultMethod);
        this.icd = icd;
        this.workersComp = workersComp;
    }

    /** Without workers' compensation fee schedules: a workers' comp claim is refused for want of one. */
    public ClaimIntake(TimedUnitMethod defaultMethod, IcdCodeSet icd) {
        this(defaultMethod, icd, StateFeeSchedules.none());
    }

    /** With no coverage terms known for the member: the default units method. */
    public IntakeDecision accept(UUID claimId, ClaimSubmission submission, Optional<Provider> provider,
            OutOfNetworkFeeSchedule outOfNetwork, LocalDate today) {
        return accept(claimId, submission, provider, outOfNetwork, List.of(), today);
    }

    /** {@code coverage}: the member's coverage terms known here (CoverageActivated). */
    public IntakeDecision accept(UUID claimId, ClaimSubmission submission, Optional<Provider> provider,
            OutOfNetworkFeeSchedule outOfNetwork, List<CoverageTerms> coverage, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>(HeaderChecks.problems(submission, provider, today, icd));
        problems.addAll(LineChecks.problems(submission));
        problems.addAll(PayerChecks.problems(submission));
        Optional<String> workersCompState = Optional.empty();
        if (submission.payer().isWorkersCompensation() && provider.isPresent()) {
            workersCompState = stateOfService(provider.get());
            if (workersCompState.isEmpty()) {
                problems.add(noStateFeeSchedule(provider.get()));
            }
        }
        if (!submission.lines().stream().allMatch(LineChecks::hasOneTimeMeasure)) {
            return new IntakeDecision.Rejected(problems);
        }
        TimedUnitMethod method = unitMethod.on(coverage, submission.dateOfService());
        List<Integer> units = EightMinuteRule.of(method)
                .units(submission.lines().stream().map(ClaimIntake::timed).toList());
        Pricing pricing = new Pricing(outOfNetwork);
        List<ClaimLine> lines = new ArrayList<>();
        for (int i = 0; i < submission.lines().size(); i++) {
            SubmittedLine line = submission.lines().get(i);
            if (units.get(i) == 0) {
                problems.add(noBillableUnit(i, line));
                continue;
            }
            if (provider.isPresent() && submission.payer().isSelfPay()) {
                // RULEBOOK §7.4 (decision 0073): the provider's cash rate, never a contract or a fee schedule
                Optional<BigDecimal> cash = SelfPayPricing.cashPrice(provider.get(), line.procedureCode(),
                        units.get(i), line.charge());
                if (cash.isPresent()) {
                    lines.add(new ClaimLine(i + 1, line.procedureCode(), line.modifiers(), units.get(i), line.charge(),
                            cash.get(), line.diagnosisPointers()));
                } else {
                    problems.add(noCashRate(i, line, provider.get()));
                }
                continue;
            }
            if (provider.isPresent() && (workersCompState.isPresent() || !submission.payer().isWorkersCompensation())) {
                LinePrice price = workersCompState.isPresent()
                        ? workersComp.price(workersCompState.get(), line.procedureCode(), units.get(i), line.charge())
                        : pricing.price(provider.get(), line.procedureCode(), units.get(i), line.charge());
                if (price instanceof LinePrice.Allowed allowed) {
                    lines.add(new ClaimLine(i + 1, line.procedureCode(), line.modifiers(), units.get(i), line.charge(),
                            allowed.amount(), line.diagnosisPointers()));
                } else {
                    problems.add(unpriced(i, (LinePrice.Unpriced) price));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new IntakeDecision.Rejected(problems);
        }
        return new IntakeDecision.Accepted(Claim.receive(header(claimId, submission, provider.orElseThrow(), method),
                lines));
    }

    // RULEBOOK §7.2: the state of service is where the rendering provider practises, and it needs a schedule here
    private Optional<String> stateOfService(Provider provider) {
        return provider.credentials().address().map(address -> address.state()).filter(workersComp::hasSchedule);
    }

    private static FieldProblem noStateFeeSchedule(Provider provider) {
        String message = provider.credentials().address()
                .map(address -> "no workers' compensation fee schedule for " + address.state() + ", the state of"
                        + " service of provider " + provider.npi() + " (its practice address)")
                .orElse("provider " + provider.npi() + " has no practice address on file, so the state whose"
                        + " workers' compensation fee schedule applies is not known; add it with PUT /providers/"
                        + provider.npi());
        return new FieldProblem("renderingProviderNpi", "§7.2", message);
    }

    private static FieldProblem noCashRate(int index, SubmittedLine line, Provider provider) {
        return new FieldProblem("lines[" + index + "].procedureCode", "§7.4", "provider " + provider.npi()
                + " has no self-pay cash rate for " + line.procedureCode() + ", so it cannot be self-paid: add one"
                + " with PUT /providers/" + provider.npi() + " (cashRates) or bill the health plan");
    }

    private static TimedService timed(SubmittedLine line) {
        BilledTime time = line.units() != null ? BilledTime.units(line.units()) : BilledTime.minutes(line.minutes());
        return new TimedService(line.procedureCode(), time);
    }

    private static FieldProblem noBillableUnit(int index, SubmittedLine line) {
        String field = "lines[" + index + "]." + (line.units() != null ? "units" : "minutes");
        String message = line.units() != null
                ? "a line needs at least one unit"
                : line.minutes() + " minutes of " + line.procedureCode() + " earn no unit under the 8-minute rule "
                        + "once the day's timed minutes are counted; leave this line off the claim";
        return new FieldProblem(field, "CPT-01", message);
    }

    private static FieldProblem unpriced(int index, LinePrice.Unpriced unpriced) {
        var rejection = unpriced.rejection();
        return new FieldProblem("lines[" + index + "].procedureCode", "CS-01",
                rejection.code() + rejection.remarkCode().map(rarc -> "/" + rarc).orElse("") + ": "
                        + rejection.reason());
    }

    private static ClaimHeader header(UUID claimId, ClaimSubmission submission, Provider provider,
            TimedUnitMethod method) {
        List<String> diagnoses = submission.diagnosisCodes().stream()
                .map(code -> IcdCode.parse(code).map(IcdCode::dotted).orElse(code)).toList();
        UUID replaces = submission.frequency() == ClaimFrequency.REPLACEMENT
                ? submission.originalClaim().orElse(null) : null;
        return new ClaimHeader(claimId, submission.memberId(), submission.authorizationNumber(),
                submission.renderingProviderNpi(), provider.networkTier(), submission.dateOfService(),
                submission.placeOfService(), diagnoses, submission.billingProviderNpiOrRendering(),
                submission.patientControlNumber(), submission.referralNumber(), replaces,
                provider.credentials().primaryTaxonomy().map(Taxonomy::code).orElse(null),
                method, submission.payer());
    }
}
