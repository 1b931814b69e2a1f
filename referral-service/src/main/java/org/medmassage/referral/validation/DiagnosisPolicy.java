package org.medmassage.referral.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdValidity;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * MN-02 at least one diagnosis; each one billable on the day the referral was written — not a category (DX-08), not
 * deleted or not yet created (DX-07), well formed (DX-03, DX-04); and not wellness red flags alone (MN-07). At most
 * 12 codes, as on a claim. Warns on initial-encounter injury codes (DX-05).
 */
final class DiagnosisPolicy {

    private final IcdCodeSet codeSet;
    private final WellnessRedFlags redFlags;

    DiagnosisPolicy(IcdCodeSet codeSet, WellnessRedFlags redFlags) {
        this.codeSet = codeSet;
        this.redFlags = redFlags;
    }

    void check(List<String> diagnosisCodes, LocalDate issuedOn, Findings findings) {
        if (diagnosisCodes == null || diagnosisCodes.isEmpty()) {
            findings.missing("diagnosisCodes", "at least one ICD-10-CM diagnosis code, e.g. M54.50");
            return;
        }
        Optional<FieldProblem> tooMany =
                InputLimits.list("diagnosisCodes", diagnosisCodes, InputLimits.MAX_DIAGNOSIS_CODES);
        if (tooMany.isPresent()) {
            // Not one lookup per entry of a 10,000-code list: the list itself is refused.
            findings.add(tooMany.get());
            return;
        }
        for (int i = 0; i < diagnosisCodes.size(); i++) {
            check(i, diagnosisCodes.get(i), issuedOn).ifPresent(findings::add);
        }
        if (diagnosisCodes.stream().allMatch(redFlags::isRedFlag)) {
            findings.violation("diagnosisCodes", "MN-07", wellnessOnly(diagnosisCodes));
        }
    }

    /** DX-05 warnings for codes that passed every check. */
    List<FieldProblem> warnings(List<String> diagnosisCodes) {
        return InjuryEncounterWarnings.check(diagnosisCodes);
    }

    private Optional<FieldProblem> check(int index, String code, LocalDate issuedOn) {
        String field = "diagnosisCodes[" + index + "]";
        if (issuedOn == null) {
            // Without a usable date written (missing, or after today) only the shape can be checked; the date is
            // reported on its own.
            return IcdCode.parse(code).isPresent() ? Optional.empty()
                    : Optional.of(new FieldProblem(field, "DX-03",
                            "'" + code + "' is not a well-formed ICD-10-CM code"));
        }
        IcdValidity validity = codeSet.check(code, issuedOn);
        return validity.isBillable() ? Optional.empty()
                : Optional.of(new FieldProblem(field, validity.rule(), validity.message()));
    }

    private static String wellnessOnly(List<String> codes) {
        List<String> listed = codes.stream().map(code -> IcdCode.of(code).dotted()).distinct().toList();
        return String.join(", ", listed) + (listed.size() == 1 ? " does" : " do") + " not establish medical necessity for massage "
                + "(wellness diagnosis): add the diagnosis being treated";
    }
}
