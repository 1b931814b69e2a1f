package org.medmassage.referral.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmassage.codesets.IcdCode;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.ValidityWindow;

/**
 * Decides whether a submitted referral may be recorded (MN-02, MN-03, MN-07, DX-03…DX-08) and, if so, its validity
 * window (MN-04). Reports every problem at once, in the order of the fields of the request.
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

    public ValidationOutcome validate(ReferralSubmission submission) {
        List<Problem> problems = new ArrayList<>();
        if (PrescriberPolicy.isBlank(submission.memberId())) {
            problems.add(Problem.missing("memberId", "the member the referral is for"));
        }
        problems.addAll(prescriberPolicy.check(submission.prescriber()));
        problems.addAll(diagnosisPolicy.check(submission.diagnosisCodes(), submission.issuedOn()));
        problems.addAll(orderedServicePolicy.check(submission.procedureCodes(), submission.sessions(),
                submission.durationWeeks()));
        if (submission.issuedOn() == null) {
            problems.add(Problem.missing("issuedOn", "the date the referral was written, e.g. 2026-03-02"));
        }
        return problems.isEmpty() ? accept(submission) : new ValidationOutcome.Rejected(problems);
    }

    private ValidationOutcome.Accepted accept(ReferralSubmission submission) {
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
                ValidityWindow.of(submission.issuedOn(), submission.durationWeeks(), rules.maxReferralAgeDays()));
    }
}
