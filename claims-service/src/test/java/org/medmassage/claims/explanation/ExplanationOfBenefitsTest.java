package org.medmassage.claims.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.explanation.ExplanationOfBenefits.CodeExplained;
import org.medmassage.claims.explanation.ExplanationOfBenefits.Service;

class ExplanationOfBenefitsTest {

    private static final LocalDate PROCESSED = LocalDate.of(2026, 3, 12);

    @Test
    void example_1_tells_the_member_they_owe_60_40_of_which_50_went_to_the_deductible() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example1());

        assertAmounts(eob.totals(), "180.00", "78.00", "0.00", "102.00", "41.60", "50.00", "0.00", "10.40", "60.40");
        assertAmounts(eob.services().get(0).amounts(), "120.00", "50.00", "0.00", "70.00", "16.00", "50.00", "0.00",
                "4.00", "54.00");
        assertAmounts(eob.services().get(1).amounts(), "60.00", "28.00", "0.00", "32.00", "25.60", "0.00", "0.00",
                "6.40", "6.40");
        assertThat(eob.services()).extracting(Service::codes)
                .containsExactly(List.of("CO-45", "PR-1", "PR-2"), List.of("CO-45", "PR-2"));
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45", "PR-1", "PR-2");
        assertThat(eob.nextSteps()).isEmpty();
        assertThat(eob.denialReason()).isNull();
        assertThat(eob.status()).isEqualTo("PAID");
    }

    @Test
    void example_2_shows_the_30_dollar_copay_on_the_first_service_and_the_plan_paying_72() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example2());

        assertAmounts(eob.totals(), "180.00", "78.00", "0.00", "102.00", "72.00", "0.00", "30.00", "0.00", "30.00");
        assertThat(eob.services()).extracting(s -> s.amounts().copay())
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("0.00"));
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45", "PR-3");
    }

    // RULEBOOK §7.2 Example 10 (decision 0068): the carrier paid 96.00, the provider wrote off 84.00, nothing owed
    @Test
    void example_10_says_the_workers_comp_carrier_paid_96_and_the_member_owes_nothing() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example10());

        assertAmounts(eob.totals(), "180.00", "84.00", "0.00", "96.00", "96.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(eob.status()).isEqualTo("PAID");
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45");
        assertThat(eob.paidBy().payer()).isEqualTo("WORKERS_COMP");
        assertThat(eob.paidBy().name()).isEqualTo("Evergreen Mutual");
        assertThat(eob.paidBy().statement()).contains("Paid by the workers' compensation carrier Evergreen Mutual",
                "WC-2026-0042", "You owe nothing", "nothing counted toward your health plan's deductible");
        assertThat(eob.nextSteps()).isEmpty();
    }

    // RULEBOOK §7.4 (decision 0073): the patient owes the cash price 88.50, the provider writes off 91.50
    @Test
    void a_self_paid_visit_says_it_was_not_billed_to_insurance_and_the_patient_owes_the_cash_price() {
        ExplanationOfBenefits eob = explain(WorkedExamples.selfPaid());

        assertAmounts(eob.totals(), "180.00", "91.50", "0.00", "88.50", "0.00", "0.00", "0.00", "0.00", "88.50");
        assertThat(eob.status()).isEqualTo("PAID");
        assertThat(eob.paidBy().payer()).isEqualTo("SELF_PAY");
        assertThat(eob.paidBy().statement()).contains("not billed to your insurance",
                "nothing counted toward your health plan's deductible");
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45", "PR-204");
        assertThat(eob.codes()).extracting(CodeExplained::explanation).allSatisfy(text ->
                assertThat(text).contains("self-pay rate").doesNotContain("your plan"));
        assertThat(eob.nextSteps()).isEmpty();
        assertThat(eob.wayForward()).isEmpty();
    }

    @Test
    void a_work_injury_billed_to_the_plan_explains_CO_19_and_N4_and_says_whom_to_bill() {
        ExplanationOfBenefits eob = explain(WorkedExamples.workInjuryBilledToThePlan());

        assertThat(eob.status()).isEqualTo("DENIED");
        assertThat(eob.totals().youOwe()).isEqualTo("0.00");
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-19", "N4");
        assertThat(eob.paidBy().statement()).isEqualTo("Processed by your health plan.");
        assertThat(eob.nextSteps()).first().asString().contains("workers' compensation carrier");
    }

    @Test
    void describes_each_service_in_plain_words_with_the_date_provider_and_processing_day() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example1());

        assertThat(eob.services()).extracting(Service::description).containsExactly(
                "Massage therapy, 15-minute units",
                "Manual therapy (mobilization, myofascial release, lymphatic drainage), 15-minute units");
        assertThat(eob.services()).extracting(Service::units).containsExactly(2, 1);
        assertThat(eob.dateOfService()).isEqualTo(WorkedExamples.DOS);
        assertThat(eob.processedOn()).isEqualTo(PROCESSED);
        assertThat(eob.provider()).isEqualTo(new ExplanationOfBenefits.ProviderNamed("Calm Hands Massage",
                WorkedExamples.NPI));
    }

    @Test
    void example_4a_out_of_network_the_member_owes_the_deductible_and_the_balance_bill_180() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example4a());

        // PR-45 is no discount: out of network the difference is the member's
        assertAmounts(eob.totals(), "180.00", "0.00", "0.00", "90.00", "0.00", "90.00", "0.00", "0.00", "180.00");
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("PR-45", "PR-1");
        assertThat(eob.codes().get(0).explanation()).contains("balance billing");
    }

    @Test
    void example_4_under_an_hmo_without_out_of_network_benefit_denies_the_whole_claim_PR_242_owed_by_the_member() {
        Claim claim = WorkedExamples.example4HmoOutOfNetwork();
        ExplanationOfBenefits eob = explain(claim);

        assertThat(eob.status()).isEqualTo("DENIED");
        assertAmounts(eob.totals(), "180.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "180.00");
        assertThat(eob.services()).extracting(Service::codes).containsExactly(List.of("PR-242"), List.of("PR-242"));
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("PR-242");
        assertThat(eob.codes().get(0).explanation()).contains("only from providers in its network");
        assertThat(eob.denialReason()).isEqualTo("PR-242: plan SILVER-HMO has no out-of-network benefit");
        assertThat(claim.remittance().orElseThrow().lines()).allSatisfy(line -> {
            // FMT-01: charge = adjustments + paid, the whole charge a PR-242 adjustment the member owes
            assertThat(line.planPaid()).isEqualByComparingTo("0.00");
            assertThat(line.adjustmentTotal()).isEqualByComparingTo(line.charge());
            assertThat(line.patientResponsibility()).isEqualByComparingTo(line.charge());
        });
    }

    @Test
    void example_6a_denied_for_no_authorization_leaves_the_member_owing_nothing_and_says_what_to_do() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example6a());

        assertThat(eob.status()).isEqualTo("DENIED");
        assertAmounts(eob.totals(), "180.00", "0.00", "180.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
        assertThat(eob.services()).allSatisfy(service -> assertThat(service.denied()).isTrue());
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-197", "M62");
        assertThat(eob.codes().get(0).explanation()).contains("prior authorization").contains("may not bill you");
        assertThat(eob.denialReason()).isEqualTo("CO-197: no authorization on file");
        assertThat(eob.nextSteps()).hasSize(2);
        assertThat(eob.nextSteps().get(0)).contains("prior authorization");
        assertThat(eob.nextSteps().get(1)).isEqualTo(NextSteps.APPEAL);
    }

    @Test
    void example_5_on_the_allowed_amount_keeps_the_discount_and_the_member_owes_the_allowed_102() {
        ExplanationOfBenefits eob = explain(WorkedExamples.example5OnAllowed());

        assertAmounts(eob.totals(), "180.00", "78.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "102.00");
        assertThat(eob.codes()).extracting(CodeExplained::code).containsExactly("CO-45", "PR-119", "N640");
        assertThat(eob.nextSteps()).first().asString().contains("visits");
    }

    @Test
    void a_service_the_plan_does_not_cover_is_owed_by_the_member_and_only_it_gets_next_steps() {
        ExplanationOfBenefits eob = explain(WorkedExamples.manualTherapyNotCovered());

        assertThat(eob.status()).isEqualTo("PARTIALLY_PAID");
        assertThat(eob.services()).extracting(Service::denied).containsExactly(false, true);
        assertAmounts(eob.services().get(1).amounts(), "60.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                "0.00", "60.00");
        assertThat(eob.totals().youOwe()).isEqualByComparingTo("90.00");
        assertThat(eob.nextSteps()).first().asString().contains("benefit documents");
    }

    @Test
    void a_voided_claim_says_when_and_why_it_was_cancelled() {
        Instant voidedAt = Instant.parse("2026-03-20T09:00:00Z");

        ExplanationOfBenefits eob = explain(WorkedExamples.example1Voided(voidedAt));

        assertThat(eob.status()).isEqualTo("VOIDED");
        assertThat(eob.voided()).isEqualTo(new ExplanationOfBenefits.Voided("Billed under the wrong member.", voidedAt));
        assertThat(eob.totals().youOwe()).isEqualByComparingTo("60.40");
    }

    @ParameterizedTest
    @MethodSource("decidedClaims")
    void billed_is_always_the_discount_plus_not_billable_plus_plan_paid_plus_what_the_member_owes(Claim claim) {
        ExplanationOfBenefits eob = explain(claim);

        Stream.concat(eob.services().stream().map(Service::amounts), Stream.of(eob.totals())).forEach(amounts ->
                assertThat(amounts.planDiscount().add(amounts.notBillableToYou()).add(amounts.planPaid())
                        .add(amounts.youOwe())).isEqualByComparingTo(amounts.billed()));
        assertThat(eob.totals().youOwe()).isEqualByComparingTo(claim.remittance().orElseThrow().patientResponsibility());
        assertThat(eob.codes()).allSatisfy(code -> assertThat(CodeExplanations.explains(code.code())).isTrue());
    }

    static Stream<Claim> decidedClaims() {
        return Stream.of(WorkedExamples.example1(), WorkedExamples.example2(), WorkedExamples.example4a(),
                WorkedExamples.example4HmoOutOfNetwork(),
                WorkedExamples.example6a(), WorkedExamples.example5OnAllowed(),
                WorkedExamples.manualTherapyNotCovered(), WorkedExamples.selfPaid());
    }

    @Test
    void a_claim_still_in_the_saga_has_no_explanation() {
        assertThatThrownBy(() -> explain(WorkedExamples.inNetwork().startProcessing()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not decided yet (IN_PROCESS)");
    }

    private static ExplanationOfBenefits explain(Claim claim) {
        return ExplanationOfBenefits.of(claim, "Calm Hands Massage", PROCESSED);
    }

    private static void assertAmounts(EobAmounts amounts, String billed, String discount, String notBillable,
            String allowed, String planPaid, String deductible, String copay, String coinsurance, String youOwe) {
        assertThat(List.of(amounts.billed(), amounts.planDiscount(), amounts.notBillableToYou(), amounts.allowed(),
                amounts.planPaid(), amounts.appliedToDeductible(), amounts.copay(), amounts.coinsurance(),
                amounts.youOwe()))
                .containsExactly(new BigDecimal(billed), new BigDecimal(discount), new BigDecimal(notBillable),
                        new BigDecimal(allowed), new BigDecimal(planPaid), new BigDecimal(deductible),
                        new BigDecimal(copay), new BigDecimal(coinsurance), new BigDecimal(youOwe));
    }
}
