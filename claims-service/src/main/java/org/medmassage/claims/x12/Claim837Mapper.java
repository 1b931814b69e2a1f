package org.medmassage.claims.x12;

import static org.medmassage.claims.intake.SubmissionLimits.MAX_LINES;

import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_CHARACTER;
import static org.medmassage.claims.x12.SegmentError.ElementError.INVALID_CODE;
import static org.medmassage.claims.x12.SegmentError.ElementError.REQUIRED_MISSING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmassage.claims.payer.Payer;

/**
 * An 837P (005010X222A1/A2) transaction set to the claims it holds (RULEBOOK §8.1, decision 0078): the 2000A billing
 * provider, the 2000B subscriber and payer, each 2300 claim with its 2310B rendering provider, 2320 other payer and
 * 2400 lines. Checks what it maps — qualifiers, codes, numbers, dates, the order of the segments it uses — and answers
 * either the claims or the 999 errors, never both: a transaction set with an error is rejected whole.
 */
public final class Claim837Mapper {

    /**
     * The claims of a transaction set, or its errors; {@code warnings} do not stop the claims (IK5 E, accepted with
     * errors): a CLM02 total that is not Σ SV102, as the lines' charges are what is adjudicated.
     */
    public record Result(List<MappedClaim> claims, List<SegmentError> errors, List<SegmentError> warnings) {
        public Result {
            claims = List.copyOf(claims);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** Nothing to submit: a set that is not an 837 or a group the envelope check failed. */
        public static Result none() {
            return new Result(List.of(), List.of(), List.of());
        }
    }

    /** SBR09 claim filing indicators of 005010X222A1; WC and AM name another payer, the rest the health plan. */
    private static final Set<String> FILING_INDICATORS = Set.of("11", "12", "13", "14", "15", "16", "17", "AM", "BL",
            "CH", "CI", "DS", "FI", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ");
    private static final String LOOP_OVER_MAXIMUM = "4";

    private final List<SegmentError> errors = new ArrayList<>();
    private final List<SegmentError> warnings = new ArrayList<>();
    private final List<MappedClaim> claims = new ArrayList<>();
    private String hierarchyLevel = "";
    private String billingNpi;
    private X12Segment billingSource;
    private X12Segment memberSource;
    private String memberId;
    private Payer payer = Payer.HEALTH_PLAN;
    private String carrierName;
    private String propertyCasualtyClaimNumber;
    private ClaimDraft claim;

    private Claim837Mapper() {
    }

    public static Result map(Interchange.TransactionSet set) {
        Claim837Mapper mapper = new Claim837Mapper();
        for (X12Segment segment : set.segments()) {
            mapper.read(segment);
        }
        mapper.endClaim();
        return mapper.errors.isEmpty() ? new Result(mapper.claims, List.of(), mapper.warnings)
                : new Result(List.of(), mapper.errors, mapper.warnings);
    }

    private void read(X12Segment s) {
        switch (s.tag()) {
            case "HL" -> hierarchy(s);
            case "SBR" -> subscriber(s);
            case "NM1" -> name(s);
            case "REF" -> reference(s);
            case "CLM" -> claim(s);
            case "DTP" -> date(s);
            case "HI" -> diagnoses(s);
            case "LX" -> line(s);
            case "SV1" -> service(s);
            case "SVD" -> lineAdjudication(s);
            case "CAS" -> otherPayerAdjustment(s);
            case "AMT" -> otherPayerPaid(s);
            default -> { } // BHT, PER, PRV, N3, N4, DMG, PAT, … are read but not mapped (decision 0078)
        }
    }

    private void hierarchy(X12Segment s) {
        endClaim();
        hierarchyLevel = s.element(3);
        switch (hierarchyLevel) {
            case "20" -> billingNpi = null;
            case "22" -> {
                memberId = null;
                payer = Payer.HEALTH_PLAN;
                carrierName = null;
                propertyCasualtyClaimNumber = null;
            }
            case "23" -> { }
            default -> errors.add(SegmentError.element(s, 3, 0, INVALID_CODE, null));
        }
    }

    private void subscriber(X12Segment s) {
        if (claim != null) {
            claim.otherPayer = true; // 2320: the other payer's SBR
            return;
        }
        if (!hierarchyLevel.equals("22")) {
            errors.add(outOfSequence(s));
            return;
        }
        String indicator = s.element(9);
        if (!FILING_INDICATORS.contains(indicator)) {
            errors.add(SegmentError.element(s, 9, 0, indicator.isEmpty() ? REQUIRED_MISSING : INVALID_CODE, null));
            return;
        }
        payer = switch (indicator) {
            case "WC" -> Payer.WORKERS_COMP;
            case "AM" -> Payer.AUTO_PIP;
            default -> Payer.HEALTH_PLAN;
        };
    }

    private void name(X12Segment s) {
        switch (s.element(1)) {
            case "85" -> {
                if (claim == null) {
                    billingNpi = identifier(s, "XX");
                    billingSource = s;
                }
            }
            case "IL" -> {
                if (claim == null) {
                    memberId = identifier(s, "MI");
                    memberSource = s;
                }
            }
            case "PR" -> {
                if (claim == null) {
                    carrierName = s.element(3).isEmpty() ? null : s.element(3);
                }
            }
            case "82" -> {
                if (claim != null && !claim.otherPayer && claim.lines.isEmpty()) {
                    claim.renderingNpi = identifier(s, "XX");
                    claim.source("renderingProviderNpi", s, 9, 0);
                }
            }
            default -> { }
        }
    }

    // NM108 must be the qualifier the loop requires (XX NPI, MI member id); NM109 the identifier
    private String identifier(X12Segment s, String qualifier) {
        if (!s.element(8).equals(qualifier)) {
            errors.add(SegmentError.element(s, 8, 0, s.element(8).isEmpty() ? REQUIRED_MISSING : INVALID_CODE,
                    pcn()));
            return null;
        }
        if (s.element(9).isEmpty()) {
            errors.add(SegmentError.element(s, 9, 0, REQUIRED_MISSING, pcn()));
            return null;
        }
        return s.element(9);
    }

    private void reference(X12Segment s) {
        if (s.is("REF", "Y4") && claim == null) {
            propertyCasualtyClaimNumber = s.element(2);
            return;
        }
        if (claim == null || claim.otherPayer) {
            return;
        }
        ClaimSegments837.reference(s, claim);
    }

    private void claim(X12Segment s) {
        endClaim();
        if (memberId == null || !(hierarchyLevel.equals("22") || hierarchyLevel.equals("23"))) {
            errors.add(outOfSequence(s));
            return;
        }
        claim = new ClaimDraft(s);
        claim.source("memberId", memberSource, 9, 0);
        if (billingSource != null) {
            claim.source("billingProviderNpi", billingSource, 9, 0);
            claim.source("renderingProviderNpi", billingSource, 9, 0);
        }
        claim.source("payer", s, 0, 0);
        ClaimSegments837.claim(s, claim, errors);
    }

    private void date(X12Segment s) {
        String qualifier = s.element(1);
        if (!qualifier.equals("472") && !qualifier.equals("439")) {
            return;
        }
        if (claim == null || (qualifier.equals("472") && !inLine()) || (qualifier.equals("439") && inLineOrCob())) {
            errors.add(outOfSequence(s));
            return;
        }
        LocalDate date = ClaimSegments837.date(s, pcn(), errors);
        if (date == null) {
            return;
        }
        if (qualifier.equals("439")) {
            claim.dateOfInjury = date;
            claim.source("dateOfInjury", s, 3, 0);
        } else {
            claim.line().date = date;
            claim.source("lines[" + (claim.lines.size() - 1) + "].dateOfService", s, 3, 0);
            if (claim.lines.size() == 1) {
                claim.source("dateOfService", s, 3, 0);
            }
        }
    }

    // HI*ABK:M5450*ABF:M62830: the principal diagnosis first (ABK), the others ABF; no ICD-9 (BK/BF) any more
    private void diagnoses(X12Segment s) {
        if (claim == null || inLineOrCob()) {
            errors.add(outOfSequence(s));
            return;
        }
        ClaimSegments837.diagnoses(s, claim, errors);
    }

    private void line(X12Segment s) {
        if (claim == null) {
            errors.add(outOfSequence(s));
            return;
        }
        claim.otherPayer = false;
        if (claim.lines.size() == MAX_LINES) {
            errors.add(SegmentError.segment(s.tag(), s.position(), LOOP_OVER_MAXIMUM, pcn()));
        }
        claim.lines.add(new ClaimDraft.LineDraft(s));
        claim.source("lines[" + (claim.lines.size() - 1) + "]", s, 0, 0);
    }

    private void service(X12Segment s) {
        if (!inLine() || claim.line().sv1 != null) {
            errors.add(outOfSequence(s));
            return;
        }
        ServiceLine837.read(s, claim, errors);
    }

    // 2430: the other payer's adjudication of a line
    private void lineAdjudication(X12Segment s) {
        if (!inLine()) {
            errors.add(outOfSequence(s));
            return;
        }
        claim.line().otherPayerAdjudication = true;
    }

    // 2320 CAS (claim) or 2430 CAS (line, after SVD): the other payer's first reason code is the prior denial's CARC
    private void otherPayerAdjustment(X12Segment s) {
        boolean claimLevel = claim != null && claim.otherPayer;
        boolean lineLevel = inLine() && claim.line().otherPayerAdjudication;
        if (!claimLevel && !lineLevel) {
            errors.add(outOfSequence(s));
            return;
        }
        if (claim.priorCarc == null && !s.element(2).isEmpty()) {
            claim.priorCarc = s.element(2);
            claim.source("priorPayerDenial.carc", s, 2, 0);
        }
    }

    private void otherPayerPaid(X12Segment s) {
        if (!s.is("AMT", "D") || claim == null || !claim.otherPayer) {
            return;
        }
        try {
            claim.priorPaid = new BigDecimal(s.element(2)).setScale(2);
            claim.source("priorPayerDenial.paid", s, 2, 0);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(SegmentError.element(s, 2, 0, INVALID_CHARACTER, pcn()));
        }
    }

    private void endClaim() {
        if (claim == null) {
            return;
        }
        ClaimDraft ended = claim;
        claim = null;
        if (ended.diagnosisCodes.isEmpty()) {
            errors.add(SegmentError.segment("HI", ended.clm.position(), SegmentError.REQUIRED_SEGMENT_MISSING,
                    ended.patientControlNumber));
        }
        if (ended.lines.isEmpty()) {
            errors.add(SegmentError.segment("LX", ended.clm.position(), SegmentError.REQUIRED_SEGMENT_MISSING,
                    ended.patientControlNumber));
        }
        for (ClaimDraft.LineDraft line : ended.lines) {
            if (line.sv1 == null) {
                errors.add(SegmentError.segment("SV1", line.lx.position(), SegmentError.REQUIRED_SEGMENT_MISSING,
                        ended.patientControlNumber));
            }
            if (line.date == null) {
                errors.add(SegmentError.segment("DTP", line.lx.position(), SegmentError.REQUIRED_SEGMENT_MISSING,
                        ended.patientControlNumber));
            }
        }
        ClaimSegments837.totalCharge(ended, warnings);
        claims.add(ended.build(new ClaimDraft.Subscriber(memberId, payer, carrierName, propertyCasualtyClaimNumber),
                billingNpi));
    }

    private boolean inLine() {
        return claim != null && claim.line() != null;
    }

    private boolean inLineOrCob() {
        return inLine() || claim.otherPayer;
    }

    private String pcn() {
        return claim == null ? null : claim.patientControlNumber;
    }

    private SegmentError outOfSequence(X12Segment s) {
        return SegmentError.segment(s.tag(), s.position(), SegmentError.OUT_OF_SEQUENCE, pcn());
    }
}
