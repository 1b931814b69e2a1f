package org.medmassage.benefits.pip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.benefits.costshare.AllowedLine;
import org.medmassage.benefits.costshare.AutoAccident;
import org.medmassage.benefits.costshare.CostShare;
import org.medmassage.benefits.costshare.CostShareRequest;
import org.medmassage.benefits.costshare.EligibilityPolicy;
import org.medmassage.benefits.costshare.LineShare;
import org.medmassage.benefits.costshare.UncoveredLine;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * Auto PIP as the primary payer of accident care (RULEBOOK §7.3, decision 0074): the coverage in force on the
 * accident's date pays the allowed amount of each line, in line order, until the accident's limit is used up; the
 * part over the limit is the patient's as far as PIP is concerned (PR-119), for the health plan to pay as secondary.
 * No deductible, copay or coinsurance: none is part of a PIP coverage here. The accident's state may exclude codes
 * (ALT-03, PR-204) or hand over to the health plan earlier (Massachusetts after 2,000.00).
 */
public final class PersonalInjuryProtection {

    private final EligibilityPolicy eligibility = new EligibilityPolicy();
    private final PipStateRules states;

    public PersonalInjuryProtection(PipStateRules states) {
        this.states = states;
    }

    /** {@code paidForAccident}: what PIP already paid for this accident, on the active ledger. */
    public PipDecision adjudicate(CostShareRequest request, Optional<Coverage> pip, BigDecimal paidForAccident) {
        AutoAccident accident = request.pipAccident();
        Optional<CodedRejection> notInForce = eligibility.check(pip, accident.date());
        if (notInForce.isPresent()) {
            return new PipDecision.NotCovered(notInForce.get());
        }
        PipStateRule state = states.of(accident.state());
        List<UncoveredLine> excluded = new ArrayList<>();
        List<AllowedLine> covered = new ArrayList<>();
        for (AllowedLine line : request.lines()) {
            if (state.excludes(line.procedureCode(), request.dateOfService())) {
                excluded.add(new UncoveredLine(line.lineNumber(), line.procedureCode(), excludedBy(state, line)));
            } else {
                covered.add(line);
            }
        }
        if (covered.isEmpty()) {
            return new PipDecision.NotCovered(excluded.get(0).rejection());
        }
        BigDecimal limit = state.limitPerAccident(pip.get().accidentLimit());
        BigDecimal left = limit.subtract(paidForAccident).max(Money.ZERO);
        if (left.signum() == 0) {
            return new PipDecision.NotCovered(exhausted(limit, accident));
        }
        return pay(covered, excluded, left);
    }

    private static PipDecision pay(List<AllowedLine> covered, List<UncoveredLine> excluded, BigDecimal left) {
        List<LineShare> lines = new ArrayList<>();
        BigDecimal paid = Money.ZERO;
        for (AllowedLine line : covered) {
            BigDecimal pays = line.allowed().min(left.subtract(paid));
            paid = paid.add(pays);
            lines.add(new LineShare(line.lineNumber(), line.allowed(), Money.ZERO, Money.ZERO, Money.ZERO, pays,
                    Money.ZERO, line.allowed().subtract(pays)));
        }
        return new PipDecision.Paid(new CostShare(lines), excluded, paid, left.subtract(paid));
    }

    // ALT-03: e.g. Florida PIP does not reimburse massage by a massage therapist since 2013-01-01
    private static CodedRejection excludedBy(PipStateRule state, AllowedLine line) {
        return new CodedRejection(AdjustmentGroup.PR, "204", "N130", state.state() + " auto PIP does not pay for "
                + line.procedureCode() + " since " + state.excludedSince() + " (RULEBOOK §7.3, ALT-03): bill the"
                + " health plan with this denial");
    }

    // RULEBOOK §7.3: PIP exhausted, the health plan pays next with the PIP ledger
    private static CodedRejection exhausted(BigDecimal limit, AutoAccident accident) {
        return new CodedRejection(AdjustmentGroup.PR, "119", null, "the auto PIP limit of " + limit
                + " for the accident of " + accident.date() + " is used up: bill the health plan with this denial");
    }
}
