package org.medmassage.referral.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdValidity;
import org.medmassage.codesets.WellnessRedFlags;

/**
 * MN-02 at least one diagnosis; each one billable on the day the referral was written — not a category (DX-08), not
 * deleted or not yet created (DX-07), well formed (DX-03, DX-04); and not wellness red flags alone (MN-07).
 */
final class DiagnosisPolicy {

    private final IcdCodeSet codeSet;
    private final WellnessRedFlags redFlags;

    DiagnosisPolicy(IcdCodeSet codeSet, WellnessRedFlags redFlags) {
        this.codeSet = codeSet;
        this.redFlags = redFlags;
    }

    List<Problem> check(List<String> diagnosisCodes, LocalDate issuedOn) {
        List<Problem> problems = new ArrayList<>();
        if (diagnosisCodes == null || diagnosisCodes.isEmpty()) {
            problems.add(Problem.missing("diagnosisCodes", "at least one ICD-10-CM diagnosis code, e.g. M54.50"));
            return problems;
        }
        for (int i = 0; i < diagnosisCodes.size(); i++) {
            validity(diagnosisCodes.get(i), issuedOn)
                    .ifPresent(this::noop);
            String field = "diagnosisCodes[" + i + "]";
            IcdValidity validity = check(diagnosisCodes.get(i), issuedOn);
            if (!validity.isBillable()) {
                problems.add(Problem.violation(field, validity.rule(), validity.message()));
            }
        }
        if (diagnosisCodes.stream().allMatch(redFlags::isRedFlag)) {
            problems.add(Problem.violation("diagnosisCodes", "MN-07", wellnessOnly(diagnosisCodes)));
        }
        return problems;
    }

    private IcdValidity check(String code, LocalDate issuedOn) {
        return codeSet.check(code, issuedOn);
    }

    private static String wellnessOnly(List<String> codes) {
        String listed = codes.stream().map(code -> IcdCode.of(code).dotted()).distinct().collect(Collectors.joining(", "));
        return listed + (codes.size() == 1 ? " does" : " do") + " not establish medical necessity for massage "
                + "(wellness diagnosis): add the diagnosis being treated";
    }
}
