package org.medmassage.claims.coding;

import java.util.List;
import java.util.Optional;

/**
 * DX-05: an injury code (ICD-10-CM Chapter 19, S00–T88) whose 7th character is {@code A} (initial encounter, active
 * treatment) on a massage line is normally miscoded — rehab visits after the acute work-up are {@code D} (subsequent
 * encounter). A warning, never a denial: the line is paid as decided and carries an informational remark.
 */
public final class InjuryEncounterWarning {

    /**
     * RARC M76 "Missing/incomplete/invalid diagnosis or condition" (X12 RARC list, RULEBOOK [S28], the project's
     * carc_rarc_massage_subset): the published remark about the diagnosis's coding; here with no adjustment amount.
     */
    public static final String REMARK = "M76";

    /** The remark when any of the line's diagnoses is an injury coded as its initial encounter. */
    public Optional<String> remark(List<String> diagnoses) {
        return diagnoses.stream().anyMatch(InjuryEncounterWarning::isInitialInjuryEncounter)
                ? Optional.of(REMARK) : Optional.empty();
    }

    /** Stored without the dot or shown with it (decision 0008): S39.012A and S39012A alike. */
    static boolean isInitialInjuryEncounter(String code) {
        String bare = code.replace(".", "").strip().toUpperCase();
        boolean injury = !bare.isEmpty() && (bare.charAt(0) == 'S' || bare.charAt(0) == 'T');
        return injury && bare.length() == 7 && bare.charAt(6) == 'A';
    }
}
