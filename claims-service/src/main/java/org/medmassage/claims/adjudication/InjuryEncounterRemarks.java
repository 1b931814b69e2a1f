package org.medmassage.claims.adjudication;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medmassage.claims.coding.InjuryEncounterWarning;

/**
 * DX-05 on the remittance: a paid line pointing at an injury coded as its initial encounter gets the warning's remark
 * (LQ*HE, no CAS amount, so the line still balances, FMT-01). A denied line keeps only its denial's remark: the
 * warning would not change what is owed and would crowd out the remark that explains the denial.
 */
final class InjuryEncounterRemarks {

    private static final InjuryEncounterWarning WARNING = new InjuryEncounterWarning();

    private InjuryEncounterRemarks() {
    }

    static Remittance add(Remittance remittance, List<ClaimLine> lines, List<String> diagnoses) {
        Map<Integer, ClaimLine> byNumber = lines.stream()
                .collect(Collectors.toMap(ClaimLine::lineNumber, Function.identity()));
        return new Remittance(remittance.lines().stream()
                .map(line -> line.denied() ? line : WARNING.remark(WellnessDiagnosisPolicy.pointedAt(
                        byNumber.get(line.lineNumber()), diagnoses)).map(line::withRemark).orElse(line))
                .toList(), remittance.visitDenialReason());
    }
}
