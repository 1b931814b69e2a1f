package org.medmassage.referral.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * DX-05: an injury code (chapter 19, S/T) carries its phase of care in the 7th character: A initial (active treatment),
 * D subsequent (healing), S sequela. Massage after the acute workup is normally D, so an A code is worth a warning — not
 * a rejection: the prescriber may really be in active treatment.
 */
final class InjuryEncounterWarnings {

    private InjuryEncounterWarnings() {
    }

    static List<FieldProblem> check(List<String> billableCodes) {
        List<FieldProblem> warnings = new ArrayList<>();
        for (int i = 0; i < billableCodes.size(); i++) {
            String field = "diagnosisCodes[" + i + "]";
            initialEncounter(billableCodes.get(i))
                    .ifPresent(code -> warnings.add(new FieldProblem(field, "DX-05", message(code))));
        }
        return warnings;
    }

    private static Optional<IcdCode> initialEncounter(String text) {
        return IcdCode.parse(text).filter(code -> code.value().length() == 7
                && (code.value().charAt(0) == 'S' || code.value().charAt(0) == 'T')
                && code.value().charAt(6) == 'A');
    }

    private static String message(IcdCode code) {
        String subsequent = code.value().substring(0, 6) + "D";
        return code.dotted() + " is an initial-encounter (active treatment) code; massage after the acute workup is "
                + "normally a subsequent encounter, " + new IcdCode(subsequent).dotted();
    }
}
