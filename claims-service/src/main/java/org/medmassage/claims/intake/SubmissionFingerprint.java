package org.medmassage.claims.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.WorkersCompensation;

/**
 * What identifies a claim as sent, for idempotent retries: a SHA-256 over its fields as parsed, so the same claim sent
 * with other whitespace, key order or 80 for 80.00 is the same claim, and any changed field is another one.
 */
public final class SubmissionFingerprint {

    private SubmissionFingerprint() {
    }

    public static String of(ClaimSubmission submission) {
        StringBuilder canonical = new StringBuilder()
                .append(field(submission.memberId()))
                .append(field(submission.authorizationNumber()))
                .append(field(submission.renderingProviderNpi()))
                .append(field(submission.dateOfService()))
                .append(field(submission.placeOfService()))
                .append(list(submission.diagnosisCodes()));
        for (SubmittedLine line : submission.lines()) {
            canonical.append('[')
                    .append(field(line.procedureCode()))
                    .append(list(line.modifiers()))
                    .append(field(line.minutes()))
                    .append(field(line.units()))
                    .append(field(line.charge() == null ? null : amount(line.charge())))
                    .append(list(line.diagnosisPointers()));
            if (line.dateOfService() != null && !line.dateOfService().equals(submission.dateOfService())) {
                canonical.append("@").append(field(line.dateOfService()));
            }
            canonical.append(']');
        }
        if (hasReferences(submission)) {
            canonical.append("{")
                    .append(field(submission.billingProviderNpi()))
                    .append(field(submission.patientControlNumber()))
                    .append(field(submission.referralNumber()))
                    .append(field(submission.frequency().code()))
                    .append(field(submission.originalClaimId()))
                    .append("}");
        }
        if (!submission.payer().equals(ClaimPayer.healthPlan())) {
            canonical.append(payer(submission.payer()));
        }
        return HexFormat.of().formatHex(sha256(canonical.toString()));
    }

    // a claim without the 837P references added later keeps the fingerprint it had, so a retry across an upgrade
    // within the key's window is still recognised; a line dated as its claim is the same line as one left undated
    private static boolean hasReferences(ClaimSubmission submission) {
        return submission.billingProviderNpi() != null
                || submission.patientControlNumber() != null || submission.referralNumber() != null
                || submission.frequency() != ClaimFrequency.ORIGINAL || submission.originalClaimId() != null;
    }

    // decision 0068: a claim for the health plan naming no injury keeps the fingerprint it had before
    private static String payer(ClaimPayer payer) {
        WorkersCompensation wc = payer.workersCompensationClaim().orElse(new WorkersCompensation(null, null, null));
        return "<" + field(payer.payer()) + list(payer.relatedCauses()) + field(payer.accidentState())
                + field(payer.dateOfInjury()) + field(wc.carrierName()) + field(wc.claimNumber())
                + field(wc.employerName()) + field(payer.priorDenial().map(PriorPayerDenial::carc).orElse(null))
                + ">";
    }

    private static String amount(BigDecimal charge) {
        return charge.stripTrailingZeros().toPlainString();
    }

    // length-prefixed so that no two different claims share a canonical text
    private static String field(Object value) {
        if (value == null) {
            return "-;";
        }
        String text = value.toString();
        return text.length() + ":" + text + ";";
    }

    private static String list(List<?> values) {
        return values.size() + "(" + values.stream().map(SubmissionFingerprint::field).collect(Collectors.joining())
                + ")";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
