package org.medmassage.claims.x12;

import static org.medmassage.claims.intake.SubmissionLimits.MAX_DIAGNOSES;
import static org.medmassage.claims.intake.SubmissionLimits.MAX_PATIENT_CONTROL_NUMBER;

import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_CODE;
import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_DATE;
import static org.medmassage.claims.x12.SegmentError.ElementError.REQUIRED_MISSING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.claims.intake.ClaimFrequency;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.codesets.IcdCode;

/**
 * The 2300 segments' elements (RULEBOOK §8.1): CLM (CLM01, CLM05 place/qualifier/frequency, CLM11 related causes and
 * state), HI diagnoses and the D8 dates of DTP; {@link Claim837Mapper} decides where they may stand.
 */
final class ClaimSegments837 {

    private static final String TOO_LONG = "5";
    private static final String SEGMENT_OVER_MAXIMUM = "5";
    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private ClaimSegments837() {
    }

    static void claim(X12Segment s, ClaimDraft claim, List<SegmentError> errors) {
        claim.source("payer", s, 0, 0);
        if (s.element(1).isEmpty() || s.element(1).length() > MAX_PATIENT_CONTROL_NUMBER) {
            errors.add(SegmentError.element(s, 1, 0, s.element(1).isEmpty() ? REQUIRED_MISSING : TOO_LONG, null));
        }
        claim.placeOfService = s.component(5, 1);
        claim.source("placeOfService", s, 5, 1);
        if (!claim.placeOfService.matches("[0-9]{2}")) {
            errors.add(SegmentError.element(s, 5, 1, INVALID_CODE, claim.patientControlNumber));
        }
        if (!s.component(5, 2).equals("B")) {
            errors.add(SegmentError.element(s, 5, 2, INVALID_CODE, claim.patientControlNumber));
        }
        claim.source("frequencyCode", s, 5, 3);
        ClaimFrequency.ofCode(s.component(5, 3)).ifPresentOrElse(frequency -> claim.frequency = frequency,
                () -> errors.add(SegmentError.element(s, 5, 3, INVALID_CODE, claim.patientControlNumber)));
        relatedCauses(s, claim, errors);
    }

    // CLM11-1..3 related causes (EM, AA, OA), CLM11-4 the auto accident's state
    private static void relatedCauses(X12Segment s, ClaimDraft claim, List<SegmentError> errors) {
        List<RelatedCause> causes = new ArrayList<>();
        for (int component = 1; component <= 3; component++) {
            String code = s.component(11, component);
            if (code.isEmpty()) {
                continue;
            }
            RelatedCause cause = switch (code) {
                case "EM" -> RelatedCause.EMPLOYMENT;
                case "AA" -> RelatedCause.AUTO_ACCIDENT;
                case "OA" -> RelatedCause.OTHER_ACCIDENT;
                default -> null;
            };
            if (cause == null) {
                errors.add(SegmentError.element(s, 11, component, INVALID_CODE, claim.patientControlNumber));
            } else if (!causes.contains(cause)) {
                causes.add(cause);
            }
        }
        claim.relatedCauses = causes;
        claim.source("relatedCauses", s, 11, 1);
        claim.accidentState = s.component(11, 4).isEmpty() ? null : s.component(11, 4);
        claim.source("accidentState", s, 11, 4);
    }

    // HI*ABK:M5450*ABF:M62830: the principal diagnosis first (ABK), the others ABF; no ICD-9 (BK/BF) any more
    static void diagnoses(X12Segment s, ClaimDraft claim, List<SegmentError> errors) {
        for (int element = 1; element <= s.elementCount(); element++) {
            String qualifier = s.component(element, 1);
            if (qualifier.isEmpty()) {
                continue;
            }
            boolean principal = claim.diagnosisCodes.isEmpty();
            if (!qualifier.equals(principal ? "ABK" : "ABF")) {
                errors.add(SegmentError.element(s, element, 1, INVALID_CODE, claim.patientControlNumber));
                continue;
            }
            if (claim.diagnosisCodes.size() == MAX_DIAGNOSES) {
                errors.add(SegmentError.segment(s.tag(), s.position(), SEGMENT_OVER_MAXIMUM, claim.patientControlNumber));
                return;
            }
            String code = s.component(element, 2);
            claim.source("diagnosisCodes[" + claim.diagnosisCodes.size() + "]", s, element, 2);
            claim.diagnosisCodes.add(IcdCode.parse(code).map(IcdCode::dotted).orElse(code));
        }
    }

    /** DTP02 D8 (a single date, not an RD8 range: RULEBOOK §8.1) and DTP03 a real date; null after an error. */
    static LocalDate date(X12Segment s, String pcn, List<SegmentError> errors) {
        if (!s.element(2).equals("D8")) {
            errors.add(SegmentError.element(s, 2, 0, INVALID_CODE, pcn));
            return null;
        }
        try {
            return LocalDate.parse(s.element(3), D8);
        } catch (DateTimeParseException e) {
            errors.add(SegmentError.element(s, 3, 0, INVALID_DATE, pcn));
            return null;
        }
    }

    // CLM02 must be Σ SV102 (RULEBOOK §8.1); the lines are what is priced, so a wrong total is noted, not refused
    static void totalCharge(ClaimDraft ended, List<SegmentError> warnings) {
        BigDecimal lines = BigDecimal.ZERO;
        for (ClaimDraft.LineDraft line : ended.lines) {
            if (line.charge == null) {
                return; // the line's own error says it
            }
            lines = lines.add(line.charge);
        }
        try {
            if (new BigDecimal(ended.clm.element(2)).compareTo(lines) == 0) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // noted below as well
        }
        warnings.add(SegmentError.element(ended.clm, 2, 0, "I12", ended.patientControlNumber));
    }

    /** 2300 REF: G1 prior authorization (the first), 9F referral, F8 the claim a frequency 7 or 8 replaces. */
    static void reference(X12Segment s, ClaimDraft claim) {
        switch (s.element(1)) {
            case "G1" -> {
                if (claim.authorizationNumber == null) {
                    claim.authorizationNumber = s.element(2);
                    claim.source("authorizationNumber", s, 2, 0);
                }
            }
            case "9F" -> {
                claim.referralNumber = s.element(2);
                claim.source("referralNumber", s, 2, 0);
            }
            case "F8" -> {
                claim.originalClaimId = s.element(2);
                claim.source("originalClaimId", s, 2, 0);
            }
            default -> { }
        }
    }
}
