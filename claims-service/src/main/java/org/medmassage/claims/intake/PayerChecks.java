package org.medmassage.claims.intake;

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
 * injury with the carrier and its claim number; a prior payer's denial by a CARC of the list. Auto PIP is refused:
 * its adjudication (limits, coordination of benefits) is not built.
 */
final class PayerChecks {

    private PayerChecks() {
    }

    static List<FieldProblem> problems(ClaimSubmission submission) {
        ClaimPayer payer = submission.payer();
        List<FieldProblem> problems = new ArrayList<>();
        if (payer.payer() == Payer.AUTO_PIP) {
            problems.add(new FieldProblem("payer", "§7.3", "auto PIP adjudication is not built yet, issue 15 item 4:"
                    + " bill the auto insurer directly"));
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
                .ifPresent(denial -> problems.add(new FieldProblem("priorPayerDenial.carc", "§7.2", "'"
                        + denial.carc() + "' is not a claim adjustment reason code (e.g. P2, not work related)")));
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
