package org.medmassage.claims.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.explanation.WorkedExamples;
import org.medmassage.codesets.problem.FieldProblem;

/**
 * CLM05-3 with REF*F8 (RULEBOOK §8.1): an original names no prior claim; a replacement (7) or void (8) names a decided,
 * standing claim of the same member and rendering provider. The prior claims are the worked examples (M-1001, NPI
 * 1003000126).
 */
class ReplacementPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-13T10:00:00Z");
    private static final UUID REPLACEMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a7");

    private static final Map<String, Supplier<Claim>> PRIOR = Map.of(
            "PAID", WorkedExamples::example1,
            "PARTIALLY_PAID", WorkedExamples::manualTherapyNotCovered,
            "DENIED", WorkedExamples::example5OnAllowed,
            "RECEIVED", WorkedExamples::inNetwork,
            "IN_PROCESS", () -> WorkedExamples.inNetwork().startProcessing(),
            "PENDED", () -> WorkedExamples.inNetwork().startProcessing().pend("benefits answer unusable", NOW),
            "VOIDED", () -> WorkedExamples.example1Voided(NOW),
            "REPLACED", () -> WorkedExamples.example1().voidWith(Voiding.replacedBy(REPLACEMENT, NOW)));

    @ParameterizedTest(name = "frequency {0} of a {1} claim of {2} by {3}: {4}")
    @CsvSource(textBlock = """
            7, PAID,           M-1001, 1003000126, ''
            8, PAID,           M-1001, 1003000126, ''
            7, PARTIALLY_PAID, M-1001, 1003000126, ''
            8, DENIED,         M-1001, 1003000126, ''
            7, DENIED,         M-1001, 1003000126, ''
            7, RECEIVED,       M-1001, 1003000126, is still being adjudicated (RECEIVED): only a PAID, PARTIALLY_PAID or DENIED claim can be replaced
            8, IN_PROCESS,     M-1001, 1003000126, is still being adjudicated (IN_PROCESS): only a PAID, PARTIALLY_PAID or DENIED claim can be voided
            7, PENDED,         M-1001, 1003000126, is still being adjudicated (PENDED)
            8, VOIDED,         M-1001, 1003000126, is voided already: there is nothing left to void
            7, REPLACED,       M-1001, 1003000126, is voided already (replaced by claim 00000000-0000-0000-0000-0000000000a7)
            7, PAID,           M-2002, 1003000126, of member M-2002 billed by NPI 1003000126: a replacement claim names a claim of the same member and rendering provider
            8, PAID,           M-1001, 1234567893, of member M-1001 billed by NPI 1234567893: a void names a claim of the same member and rendering provider
            """)
    void a_replacement_or_void_names_a_decided_standing_claim_of_the_same_member_and_provider(String code,
            String prior, String member, String npi, String problem) {
        Claim original = PRIOR.get(prior).get();

        Optional<FieldProblem> found = ReplacementPolicy.problem(
                submission(member, npi, code, original.id().toString()), Optional.of(original));

        if (problem.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).get().satisfies(p -> {
                assertThat(p.field()).isEqualTo("originalClaimId");
                assertThat(p.rule()).isEqualTo("CLM05-3");
                assertThat(p.message()).contains(problem);
            });
        }
    }

    @Test
    void an_unknown_claim_is_answered_as_another_provider_s_claim_is() {
        String unknown = UUID.randomUUID().toString();

        Optional<FieldProblem> found = ReplacementPolicy.problem(submission("M-1001", WorkedExamples.NPI, "7", unknown),
                Optional.empty());

        assertThat(found).contains(new FieldProblem("originalClaimId", "CLM05-3", "no claim " + unknown
                + " of member M-1001 billed by NPI 1003000126: a replacement claim names a claim of the same member "
                + "and rendering provider"));
    }

    @ParameterizedTest(name = "frequency {0} without originalClaimId")
    @CsvSource({"7, a replacement claim (frequencyCode 7) needs originalClaimId",
            "8, a void (frequencyCode 8) needs originalClaimId"})
    void a_replacement_or_void_without_the_original_claim_id_is_refused(String code, String message) {
        Optional<FieldProblem> found = ReplacementPolicy.problem(submission("M-1001", WorkedExamples.NPI, code, null),
                Optional.empty());

        assertThat(found).get().extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly("originalClaimId", "CLM05-3");
        assertThat(found.get().message()).startsWith(message).contains("(REF*F8)");
    }

    @Test
    void an_original_claim_names_no_prior_claim() {
        Claim paid = WorkedExamples.example1();

        assertThat(ReplacementPolicy.problem(submission("M-1001", WorkedExamples.NPI, "1", null), Optional.empty()))
                .isEmpty();
        assertThat(ReplacementPolicy.problem(submission("M-1001", WorkedExamples.NPI, "1", paid.id().toString()),
                Optional.of(paid))).get().extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly("originalClaimId", "an original claim (frequencyCode 1) names no originalClaimId: "
                        + "send frequencyCode 7 to replace claim " + paid.id() + " or 8 to void it");
    }

    private static ClaimSubmission submission(String member, String npi, String frequencyCode, String originalId) {
        SubmittedLine line = new SubmittedLine("97124", List.of("GP"), 30, null, new BigDecimal("120.00"), List.of(1));
        return new ClaimSubmission(member, "A123", npi, WorkedExamples.DOS, "11", List.of("M54.50"), List.of(line),
                null, null, null, ClaimFrequency.ofCode(frequencyCode).orElseThrow(), originalId);
    }
}
