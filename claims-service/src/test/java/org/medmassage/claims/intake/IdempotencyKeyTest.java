package org.medmassage.claims.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.codesets.problem.FieldProblem;

/** The Idempotency-Key header's own rules, and what makes two submissions the same claim for a retry. */
class IdempotencyKeyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a UUID                            | 0d3c9f3e-8a6b-4b8e-9a52-0b8f6f2c1d11
            one character                     | k
            printable punctuation and spaces  | claim 2026-03-10 / #7, retry-ok
            """)
    void accepts_printable_keys(String what, String key) {
        assertThat(IdempotencyKey.problem(key)).as(what).isEmpty();
        assertThat(new IdempotencyKey("npi:1234567893", key).value()).isEqualTo(key);
    }

    @Test
    void refuses_a_blank_an_overlong_or_a_control_character_key_naming_the_header() {
        for (String key : List.of("", "   ", "x".repeat(256), "a\tb", "a\u0000b", "a\u007fb", "a\nb")) {
            FieldProblem problem = IdempotencyKey.problem(key).orElseThrow(() -> new AssertionError(key));
            assertThat(problem.field()).isEqualTo("Idempotency-Key");
            assertThat(problem.rule()).isEqualTo("IDEMPOTENCY");
            assertThatThrownBy(() -> new IdempotencyKey("npi:1234567893", key))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(IdempotencyKey.problem("x".repeat(255))).isEmpty();
        assertThat(IdempotencyKey.problem(null)).isPresent();
    }

    @Test
    void the_same_claim_parsed_again_has_the_same_fingerprint_whatever_the_charge_s_trailing_zeros() {
        assertThat(SubmissionFingerprint.of(claim("97124", "80.00", 30)))
                .isEqualTo(SubmissionFingerprint.of(claim("97124", "80.00", 30)))
                .isEqualTo(SubmissionFingerprint.of(claim("97124", "80", 30)))
                .hasSize(64);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            another code,    97140, 80.00, 30
            another charge,  97124, 80.01, 30
            other minutes,   97124, 80.00, 31
            """)
    void any_changed_field_makes_another_fingerprint(String what, String code, String charge, int minutes) {
        assertThat(SubmissionFingerprint.of(claim(code, charge, minutes))).as(what)
                .isNotEqualTo(SubmissionFingerprint.of(claim("97124", "80.00", 30)));
    }

    @Test
    void a_value_moved_between_fields_makes_another_fingerprint() {
        ClaimSubmission withAuthorization = new ClaimSubmission("M-1", "A1", "1234567893", LocalDate.of(2026, 3, 10),
                "11", List.of("M54.50"), List.of(line("97124", "80.00", 30)));
        ClaimSubmission withoutAuthorization = new ClaimSubmission("M-1A", null, "1234567893",
                LocalDate.of(2026, 3, 10), "11", List.of("M54.50"), List.of(line("97124", "80.00", 30)));

        assertThat(SubmissionFingerprint.of(withAuthorization))
                .isNotEqualTo(SubmissionFingerprint.of(withoutAuthorization));
    }

    @Test
    void a_line_dated_as_its_claim_is_the_same_line_as_an_undated_one() {
        LocalDate dos = LocalDate.of(2026, 3, 10);
        SubmittedLine dated = new SubmittedLine("97124", List.of("GP"), 30, null, new BigDecimal("80.00"), List.of(1),
                dos);

        assertThat(SubmissionFingerprint.of(new ClaimSubmission("M-1", "A1", "1234567893", dos, "11",
                List.of("M54.50"), List.of(dated)))).isEqualTo(SubmissionFingerprint.of(claim("97124", "80.00", 30)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            a billing provider,          1245319599, ,      ,      1,
            a patient control number,    ,           PCN-1, ,      1,
            a referral number,           ,           ,      R-9,   1,
            a replacement,               ,           ,      ,      7, 6f1c2a9e-3d4b-4c1a-9e7f-2b8d5a0c1e34
            a void,                      ,           ,      ,      8, 6f1c2a9e-3d4b-4c1a-9e7f-2b8d5a0c1e34
            """)
    void an_837P_reference_makes_another_fingerprint(String what, String billingNpi, String patientControl,
            String referral, String frequency, String originalId) {
        ClaimSubmission plain = claim("97124", "80.00", 30);
        ClaimSubmission referenced = new ClaimSubmission(plain.memberId(), plain.authorizationNumber(),
                plain.renderingProviderNpi(), plain.dateOfService(), plain.placeOfService(), plain.diagnosisCodes(),
                plain.lines(), billingNpi, patientControl, referral, ClaimFrequency.ofCode(frequency).orElseThrow(),
                originalId);

        assertThat(SubmissionFingerprint.of(referenced)).as(what).isNotEqualTo(SubmissionFingerprint.of(plain));
    }

    private static ClaimSubmission claim(String code, String charge, int minutes) {
        return new ClaimSubmission("M-1", "A1", "1234567893", LocalDate.of(2026, 3, 10), "11", List.of("M54.50"),
                List.of(line(code, charge, minutes)));
    }

    private static SubmittedLine line(String code, String charge, int minutes) {
        return new SubmittedLine(code, List.of("GP"), minutes, null, new BigDecimal(charge), List.of(1));
    }
}
