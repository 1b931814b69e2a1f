package org.medmassage.claims.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.adjudication.ClaimFixtures.DOS;
import static org.medmassage.claims.adjudication.ClaimFixtures.commonVisit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.math.BigDecimal;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.events.NetworkTier;

/**
 * CARC 18: a line of a new claim repeating member, rendering provider, date of service, code and units of a line of
 * another claim that still stands is an exact duplicate; the new claim is the common visit (97124 ×2, 97140 ×1).
 */
class DuplicateClaimPolicyTest {

    private static final UUID EARLIER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final DuplicateClaimPolicy policy = new DuplicateClaimPolicy();
    private final Claim claim = ClaimFixtures.received(NetworkTier.IN_NETWORK, commonVisit());

    @ParameterizedTest(name = "{0}: {1} {2}x{3} by {4} on {5}, {6}, denied as duplicate {7} -> line {8}")
    @CsvSource(textBlock = """
            the same 97124 line,                M-1001, 97124, 2, 1234567893, 2026-03-10, PAID,           false, 1
            the same 97140 line,                M-1001, 97140, 1, 1234567893, 2026-03-10, PAID,           false, 2
            a claim still in the saga,          M-1001, 97124, 2, 1234567893, 2026-03-10, RECEIVED,       false, 1
            a claim in cost share,              M-1001, 97124, 2, 1234567893, 2026-03-10, IN_PROCESS,     false, 1
            a pended claim,                     M-1001, 97124, 2, 1234567893, 2026-03-10, PENDED,         false, 1
            a denied claim,                     M-1001, 97124, 2, 1234567893, 2026-03-10, DENIED,         false, 1
            a partially paid claim,             M-1001, 97140, 1, 1234567893, 2026-03-10, PARTIALLY_PAID, false, 2
            a voided claim,                     M-1001, 97124, 2, 1234567893, 2026-03-10, VOIDED,         false, 0
            a line denied as a duplicate,       M-1001, 97124, 2, 1234567893, 2026-03-10, DENIED,         true,  0
            another member,                     M-2002, 97124, 2, 1234567893, 2026-03-10, PAID,           false, 0
            another rendering provider,         M-1001, 97124, 2, 1003000126, 2026-03-10, PAID,           false, 0
            another date of service,            M-1001, 97124, 2, 1234567893, 2026-03-11, PAID,           false, 0
            another code,                       M-1001, 97112, 2, 1234567893, 2026-03-10, PAID,           false, 0
            other units of the same code,       M-1001, 97124, 3, 1234567893, 2026-03-10, PAID,           false, 0
            """)
    void denies_the_line_that_repeats_a_standing_service_of_another_claim(String what, String member, String code,
            int units, String npi, LocalDate dos, ClaimStatus status, boolean deniedAsDuplicate, int duplicateLine) {
        EarlierLine earlier = new EarlierLine(EARLIER, status, 1, member, npi, dos, code,
                units, deniedAsDuplicate);

        List<UncoveredLine> duplicates = policy.duplicates(claim, List.of(earlier));

        assertThat(duplicates).extracting(UncoveredLine::lineNumber)
                .as(what).isEqualTo(duplicateLine == 0 ? List.of() : List.of(duplicateLine));
    }

    @ParameterizedTest(name = "a self-pay claim after a {0} health-plan claim: duplicate line {1}")
    @CsvSource({"DENIED, 0", "PAID, 1", "PARTIALLY_PAID, 1", "IN_PROCESS, 1"})
    void a_self_pay_claim_repeats_no_service_the_plan_denied_but_does_repeat_one_it_paid(ClaimStatus status,
            int duplicateLine) {
        ClaimHeader selfPay = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893", NetworkTier.IN_NETWORK,
                DOS, "11", List.of("M54.50"), null, null, null, null, null, null,
                new ClaimPayer(Payer.SELF_PAY, List.of(), null, null, null, null));
        Claim claim = Claim.receive(selfPay, commonVisit());

        List<UncoveredLine> duplicates = policy.duplicates(claim, List.of(new EarlierLine(EARLIER, status, 1,
                "M-1001", "1234567893", DOS, "97124", 2, false)));

        assertThat(duplicates).extracting(UncoveredLine::lineNumber)
                .isEqualTo(duplicateLine == 0 ? List.of() : List.of(duplicateLine));
    }

    @ParameterizedTest(name = "a claim to the health plan after a {0} claim, with its answer {1}: duplicate line {2}")
    @CsvSource({"AUTO_PIP, true, 0", "AUTO_PIP, false, 1", "HEALTH_PLAN, true, 1"})
    void a_secondary_claim_with_the_primary_payers_answer_repeats_no_service_of_that_payer(Payer earlierPayer,
            boolean withAnswer, int duplicateLine) {
        ClaimHeader secondary = new ClaimHeader(UUID.randomUUID(), "M-1001", null, "1234567893",
                NetworkTier.IN_NETWORK, DOS, "11", List.of("M54.50"), null, null, null, null, null, null,
                new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.AUTO_ACCIDENT), "NJ", DOS.minusDays(10), null,
                        withAnswer ? new PriorPayerDenial("119", new BigDecimal("50.00")) : null));
        Claim claim = Claim.receive(secondary, commonVisit());

        List<UncoveredLine> duplicates = policy.duplicates(claim, List.of(new EarlierLine(EARLIER, ClaimStatus.PAID,
                1, "M-1001", "1234567893", DOS, "97124", 2, false, earlierPayer)));

        assertThat(duplicates).extracting(UncoveredLine::lineNumber)
                .isEqualTo(duplicateLine == 0 ? List.of() : List.of(duplicateLine));
    }

    @Test
    void codes_a_duplicate_OA_18_naming_the_line_it_repeats() {
        List<UncoveredLine> duplicates = policy.duplicates(claim, List.of(standing(EARLIER, 2, "97140", 1)));

        assertThat(duplicates).hasSize(1);
        var rejection = duplicates.get(0).rejection();
        assertThat(rejection.group()).isEqualTo(AdjustmentGroup.OA);
        assertThat(rejection.carc()).isEqualTo("18");
        assertThat(rejection.remarkCode()).isEmpty();
        assertThat(rejection.reason()).isEqualTo("97140 x1 on 2026-03-10 is an exact duplicate of line 2 of claim "
                + EARLIER);
    }

    @Test
    void denies_every_line_when_the_whole_visit_is_on_file_and_none_when_nothing_is() {
        List<EarlierLine> sameVisit = List.of(standing(EARLIER, 1, "97124", 2), standing(EARLIER, 2, "97140", 1));

        assertThat(policy.duplicates(claim, sameVisit)).extracting(UncoveredLine::lineNumber).containsExactly(1, 2);
        assertThat(policy.duplicates(claim, List.of())).isEmpty();
    }

    @Test
    void never_takes_the_claim_for_a_duplicate_of_itself() {
        List<EarlierLine> itself = List.of(standing(claim.id(), 1, "97124", 2), standing(claim.id(), 2, "97140", 1));

        assertThat(policy.duplicates(claim, itself)).isEmpty();
    }

    @Test
    void names_the_oldest_standing_claim_when_several_repeat_the_line() {
        UUID voided = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        List<EarlierLine> onFile = List.of(
                new EarlierLine(voided, ClaimStatus.VOIDED, 1, "M-1001", "1234567893", DOS, "97124", 2, false),
                standing(EARLIER, 1, "97124", 2), standing(later, 1, "97124", 2));

        assertThat(policy.duplicates(claim, onFile).get(0).rejection().reason()).endsWith("of claim " + EARLIER);
    }

    private static EarlierLine standing(UUID claimId, int lineNumber, String code, int units) {
        return new EarlierLine(claimId, ClaimStatus.PAID, lineNumber, "M-1001", "1234567893", DOS, code, units, false);
    }
}
