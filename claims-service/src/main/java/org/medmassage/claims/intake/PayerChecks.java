package org.medmassage.claims.intake;

import java.util.Objects;
import org.medmassage.claims.payer.PriorPayerDenial;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.codesets.RemittanceCodeList;
import org.medmassage.codesets.UsStates;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * The payer and injury fields of a claim (RULEBOOK §7.2, §7.3, §8.1; decision 0068): a date of injury with any related
 * cause, not after the date of service; the accident's state with an auto accident; a workers' comp claim for a work
 * injury with the carrier and its claim number; a prior payer's denial by a CARC of the list, and what it paid only on
 * a health-plan claim, at most the charge. An auto PIP claim is for an auto accident, with its date and state
 * (decision 0074).
 */
final class PayerChecks {

    private PayerChecks() {
    }

    static List<FieldProblem> problems(ClaimSubmission submission) {
        ClaimPayer payer = submission.payer();
        List<FieldProblem> problems = new ArrayList<>();
        if (payer.payer() == Payer.AUTO_PIP) {
            problems.addAll(autoPip(payer));
        }
        if (!payer.relatedCauses().isEmpty() && payer.dateOfInjury() == null) {
            // 837P DTP*439: the accident or injury date goes with every related cause
            problems.add(new FieldProblem("dateOfInjury", "§8.1", "a claim for an injury (relatedCauses "
                    + payer.relatedCauses() + ") needs the date of injury (837P DTP*439)"));
        }
        if (payer.dateOfInjury() != null && payer.dateOfInjury().isAfter(submission.dateOfService())) {
            problems.add(new FieldProblem("dateOfInjury", "§8.1", "the injury of " + payer.dateOfInjury()
                    + " is after the date of service " + submission.dateOfService()));
        }
        if (payer.relatedTo(RelatedCause.AUTO_ACCIDENT)) {
            accidentState(payer.accidentState()).ifPresent(problems::add);
        }
        if (payer.isWorkersCompensation()) {
            problems.addAll(workersCompensation(payer));
        }
        payer.priorDenial().filter(denial -> RemittanceCodeList.carc(denial.carc()).isEmpty())
                .ifPresent(denial -> problems.add(new FieldProblem("priorPayerDenial.carc", "§7.2",
                        denial.carc().isEmpty()
                                ? "the other payer's answer needs its claim adjustment reason code (837P 2320 CAS),"
                                        + " e.g. 119 when PIP's limit is reached"
                                : "'" + denial.carc() + "' is not a claim adjustment reason code (e.g. P2, not work"
                                        + " related)")));
        payer.priorDenial().flatMap(PriorPayerDenial::amountPaid)
                .flatMap(paid -> priorPayment(submission, paid)).ifPresent(problems::add);
        return problems;
    }

    // RULEBOOK §7.3 Example 11: the primary's payment (837P 2320 AMT*D) goes on the claim to the health plan as secondary
    private static Optional<FieldProblem> priorPayment(ClaimSubmission submission, BigDecimal paid) {
        if (submission.payer().payer() != Payer.HEALTH_PLAN) {
            return Optional.of(new FieldProblem("priorPayerDenial.paid", "§7.3", "a prior payer's payment goes on the"
                    + " claim to the health plan as secondary, not on one to " + submission.payer().payer()));
        }
        BigDecimal charged = submission.lines().stream().map(SubmittedLine::charge)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (paid.compareTo(charged) > 0) {
            return Optional.of(new FieldProblem("priorPayerDenial.paid", "§7.3", "the prior payer paid " + paid
                    + ", more than the " + charged + " charged"));
        }
        return Optional.empty();
    }

    // RULEBOOK §7.3: PIP pays for an auto accident, per accident (837P CLM11 AA:<state>, DTP*439)
    private static List<FieldProblem> autoPip(ClaimPayer payer) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!payer.relatedTo(RelatedCause.AUTO_ACCIDENT)) {
            problems.add(new FieldProblem("relatedCauses", "§7.3",
                    "an auto PIP claim is for an auto accident: relatedCauses includes AUTO_ACCIDENT (CLM11 AA)"));
        }
        if (payer.relatedCauses().isEmpty() && payer.dateOfInjury() == null) {
            problems.add(new FieldProblem("dateOfInjury", "§7.3",
                    "an auto PIP claim needs the accident date (837P DTP*439): the PIP limit is per accident"));
        }
        return problems;
    }

    // 837P CLM11 AA:<state>: the state of the auto accident
    private static Optional<FieldProblem> accidentState(String state) {
        if (state == null) {
            return Optional.of(new FieldProblem("accidentState", "§7.3",
                    "an auto accident needs the state it happened in (837P CLM11 AA:<state>)"));
        }
        if (!UsStates.isKnown(state)) {
            return Optional.of(new FieldProblem("accidentState", "§7.3",
                    "'" + state + "' is not a USPS state code"));
        }
        return Optional.empty();
    }

    // RULEBOOK §7.2 required data: the WC carrier and its claim number (REF*Y4), for a work injury (CLM11 EM)
    private static List<FieldProblem> workersCompensation(ClaimPayer payer) {
        List<FieldProblem> problems = new ArrayList<>();
        WorkersCompensation claim = payer.workersCompensationClaim()
                .orElse(new WorkersCompensation(null, null, null));
        if (claim.carrierName() == null) {
            problems.add(new FieldProblem("workersCompensation.carrierName", "§7.2",
                    "a workers' compensation claim names the carrier (or its TPA)"));
        }
        if (claim.claimNumber() == null) {
            problems.add(new FieldProblem("workersCompensation.claimNumber", "§7.2",
                    "a workers' compensation claim carries the carrier's claim number (837P REF*Y4)"));
        }
        if (!payer.relatedTo(RelatedCause.EMPLOYMENT)) {
            problems.add(new FieldProblem("relatedCauses", "§7.2",
                    "a workers' compensation claim is for a work injury: relatedCauses includes EMPLOYMENT (CLM11 EM)"));
        }
        return problems;
    }
}
