package org.medmassage.referral.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.ValidityWindow;

/**
 * Decides whether a submitted referral may be recorded (MN-02, MN-03, MN-05, MN-07, DX-01…DX-08) and, if so, its
 * validity window (MN-04) and its warnings (DX-05). Reports every problem at once, in the order of the request's fields.
 * {@code today} is the day the referral is received: it cannot have been written later.
 */
public final class ReferralValidation {

    private final ReferralRules rules;
    private final PrescriberPolicy prescriberPolicy;
    private final DiagnosisPolicy diagnosisPolicy;
    private final OrderedServicePolicy orderedServicePolicy;

    public ReferralValidation(ReferralRules rules, IcdCodeSet codeSet) {
        this.rules = rules;
        this.prescriberPolicy = new PrescriberPolicy(rules);
        this.diagnosisPolicy = new DiagnosisPolicy(codeSet, rules.wellnessRedFlags());
        this.orderedServicePolicy = new OrderedServicePolicy(rules);
    }

    public ValidationOutcome validate(ReferralSubmission submission, LocalDate today) {
        Findings findings = new Findings();
        // A date after today would move the code-set date (DX-01) and the window (MN-04): neither is checked against it.
        LocalDate writtenOn = writtenOn(submission.issuedOn(), today);
        if (PrescriberPolicy.isBlank(submission.memberId())) {
            findings.missing("memberId", "the member the referral is for");
        } else {
            InputLimits.text("memberId", submission.memberId()).ifPresent(findings::add);
        }
        prescriberPolicy.check(submission.prescriber(), findings);
        diagnosisPolicy.check(submission.diagnosisCodes(), writtenOn, findings);
        orderedServicePolicy.check(submission.procedureCodes(), submission.sessions(), submission.durationWeeks(),
                findings);
        if (submission.issuedOn() == null) {
            findings.missing("issuedOn", "the date the referral was written, e.g. 2026-03-02");
        } else if (writtenOn == null) {
            // MN-02: the date written is required and must be a date the prescriber could have signed on.
            findings.violation("issuedOn", "MN-02", "issuedOn " + submission.issuedOn()
                    + " is after today, " + today + ": a referral cannot be written after the day it is received");
        }
        Optional<ValidityWindow> window = windowOf(submission, writtenOn);
        window.flatMap(valid -> OrderedServicePolicy.sessionsFitTheWindow(submission.sessions(), valid))
                .ifPresent(findings::add);
        return findings.isEmpty() ? accept(submission, window.orElseThrow()) : findings.rejected();
    }

    /** The date written when it is usable: present and not after today; null otherwise (reported on its own). */
    private static LocalDate writtenOn(LocalDate issuedOn, LocalDate today) {
        return issuedOn == null || issuedOn.isAfter(today) ? null : issuedOn;
    }

    /** MN-04, when the date written, the duration and the sessions are usable; empty otherwise (reported elsewhere). */
    private Optional<ValidityWindow> windowOf(ReferralSubmission submission, LocalDate writtenOn) {
        if (writtenOn == null || submission.durationWeeks() == null || submission.durationWeeks() < 1
                || submission.sessions() == null || submission.sessions() < 1) {
            return Optional.empty();
        }
        return Optional.of(ValidityWindow.of(writtenOn, submission.durationWeeks(),
                rules.maxReferralAgeDays()));
    }

    private ValidationOutcome.Accepted accept(ReferralSubmission submission, ValidityWindow window) {
        List<FieldProblem> warnings = new ArrayList<>(diagnosisPolicy.warnings(submission.diagnosisCodes()));
        if (window.validTo().isBefore(submission.issuedOn().plusWeeks(submission.durationWeeks()).minusDays(1))) {
            // MN-04: the payer's maximum referral age ends the window before the duration written does.
            warnings.add(new FieldProblem("durationWeeks", "MN-04", submission.durationWeeks() + " weeks exceed the "
                    + rules.maxReferralAgeDays() + "-day maximum referral age: the referral is valid until "
                    + window.validTo()));
        }
        var prescriber = submission.prescriber();
        return new ValidationOutcome.Accepted(
                submission.memberId().trim(),
                new Prescriber(prescriber.npi().trim(), prescriber.name().trim(),
                        prescriber.type().trim().toUpperCase(Locale.ROOT)),
                submission.diagnosisCodes().stream().map(code -> IcdCode.of(code).dotted()).toList(),
                submission.procedureCodes().stream().map(String::trim).toList(),
                submission.sessions(),
                submission.durationWeeks(),
                submission.issuedOn(),
                window,
                warnings);
    }
}
