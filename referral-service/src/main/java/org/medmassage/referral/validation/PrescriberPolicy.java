package org.medmassage.referral.validation;

import java.util.TreeSet;
import org.medmassage.codesets.Npi;
import org.medmassage.referral.validation.ReferralSubmission.SubmittedPrescriber;

/**
 * MN-02 the prescriber's NPI, name and type are present, the NPI passes its check digit; MN-03 the type may refer, and
 * a massage therapist never may (self-referral).
 */
final class PrescriberPolicy {

    private final ReferralRules rules;

    PrescriberPolicy(ReferralRules rules) {
        this.rules = rules;
    }

    void check(SubmittedPrescriber prescriber, Findings findings) {
        if (prescriber == null) {
            findings.missing("prescriber", "the prescriber's npi, name and type");
            return;
        }
        if (isBlank(prescriber.npi())) {
            findings.missing("prescriber.npi", "the prescriber's 10-digit NPI");
        } else {
            // A failing check digit is a typo, never a real prescriber: the referral cannot be traced to one.
            Npi.problem(prescriber.npi().trim())
                    .ifPresent(message -> findings.violation("prescriber.npi", "MN-02", message));
        }
        if (isBlank(prescriber.name())) {
            findings.missing("prescriber.name", "the prescriber's name");
        } else {
            InputLimits.text("prescriber.name", prescriber.name()).ifPresent(findings::add);
        }
        if (isBlank(prescriber.type())) {
            findings.missing("prescriber.type", "the prescriber's credential, e.g. MD");
        } else if (ReferralRules.isMassageTherapist(prescriber.type())) {
            // MN-03: the therapist who would deliver and bill the massage cannot also establish its medical necessity.
            findings.violation("prescriber.type", "MN-03", "a massage therapist (" + prescriber.type().trim()
                    + ") cannot refer a patient to massage therapy, not even to themselves: the referral must come from "
                    + "one of " + String.join(", ", new TreeSet<>(rules.prescriberTypes())));
        } else if (!rules.allowsPrescriberType(prescriber.type())) {
            findings.violation("prescriber.type", "MN-03", "a prescriber of type " + prescriber.type().trim()
                    + " may not refer for medical massage; allowed: "
                    + String.join(", ", new TreeSet<>(rules.prescriberTypes())));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
