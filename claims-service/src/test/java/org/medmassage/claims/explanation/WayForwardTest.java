package org.medmassage.claims.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.codesets.remittance.AdjustmentGroup.CO;
import static org.medmassage.codesets.remittance.AdjustmentGroup.PR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.ClaimAdjustment;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.HsaFsaEligibility;
import org.medmassage.claims.receipt.HsaFsaEligibilityPolicy;
import org.medmassage.claims.receipt.LetterOfMedicalNecessity;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.events.NetworkTier;

/** Issue 15 item 7: the ways a visit the plan will not pay can still be paid, named on the EOB. */
class WayForwardTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final Provider CALM_HANDS = new Provider("1245319599", "Calm Hands Massage",
            NetworkTier.IN_NETWORK, Map.of("97124", new BigDecimal("40.00")), ProviderCredentials.none(), null,
            Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("28.50")));
    private static final HsaFsaEligibility NO_LETTER = HsaFsaEligibilityPolicy.judge(DOS, List.of("M54.50"), List.of());
    private static final HsaFsaEligibility WITH_LETTER = HsaFsaEligibilityPolicy.judge(DOS, List.of("M54.50"), List.of(
            new LetterOfMedicalNecessity("LMN-1", "REF-1", "M-1001", List.of("M54.50"), LocalDate.parse("2026-03-02"),
                    LocalDate.parse("2027-03-01"))));

    @Test
    void over_the_visit_limit_the_patient_is_offered_the_self_pay_rate_to_the_cent_and_how_to_get_a_letter() {
        List<WayForward.Option> options = WayForward.options(overTheLimit(), Optional.of(CALM_HANDS), NO_LETTER);

        // 97124 × 2 at 30.00 + 97140 × 1 at 28.50
        assertThat(options).extracting(WayForward.Option::kind)
                .containsExactly("SELF_PAY", "LETTER_OF_MEDICAL_NECESSITY");
        assertThat(options.get(0).amount()).isEqualByComparingTo("88.50");
        assertThat(options.get(0).statement()).startsWith("Pay Calm Hands Massage's self-pay rate: $88.50 for this"
                + " visit.");
        assertThat(options.get(1).statement()).contains("letter of medical necessity");
    }

    @Test
    void with_a_letter_valid_that_day_the_patient_may_pay_from_their_hsa_or_fsa() {
        List<WayForward.Option> options = WayForward.options(overTheLimit(), Optional.of(CALM_HANDS), WITH_LETTER);

        assertThat(options).extracting(WayForward.Option::kind).containsExactly("SELF_PAY", "HSA_FSA");
        assertThat(options.get(1).statement()).startsWith("You can pay with your HSA or FSA: HSA/FSA-eligible")
                .contains("LMN-1");
    }

    @Test
    void without_a_cash_rate_for_every_service_the_patient_is_told_to_ask_for_it_and_given_no_figure() {
        Provider ratesForMassageOnly = new Provider(CALM_HANDS.npi(), CALM_HANDS.name(), NetworkTier.IN_NETWORK,
                Map.of(), ProviderCredentials.none(), null, Map.of("97124", new BigDecimal("30.00")));

        WayForward.Option selfPay = WayForward.options(overTheLimit(), Optional.of(ratesForMassageOnly), NO_LETTER)
                .get(0);

        assertThat(selfPay.amount()).isNull();
        assertThat(selfPay.statement()).startsWith("Ask Calm Hands Massage for their self-pay rate");
    }

    @Test
    void the_self_pay_amount_is_what_a_self_pay_claim_would_charge_never_above_the_billed_charge() {
        Provider dearMassage = new Provider(CALM_HANDS.npi(), CALM_HANDS.name(), NetworkTier.IN_NETWORK, Map.of(),
                ProviderCredentials.none(), null, Map.of("97124", new BigDecimal("100.00"),
                "97140", new BigDecimal("28.50")));

        // 97124: 2 × 100.00 = 200.00 capped at its 120.00 charge, as decision 0073 prices it; 97140: 28.50
        assertThat(WayForward.options(overTheLimit(), Optional.of(dearMassage), NO_LETTER).get(0).amount())
                .isEqualByComparingTo("148.50");
    }

    @Test
    void no_coverage_on_the_date_CO_27_opens_the_same_ways() {
        assertThat(WayForward.options(List.of(denied(1, "97124", 2, "120.00", CO, "27")), Optional.empty(),
                NO_LETTER)).extracting(WayForward.Option::kind)
                .containsExactly("SELF_PAY", "LETTER_OF_MEDICAL_NECESSITY");
    }

    @Test
    void a_denial_the_provider_must_fix_or_a_paid_visit_offers_nothing() {
        assertThat(WayForward.options(List.of(denied(1, "97124", 2, "120.00", CO, "197")),
                Optional.of(CALM_HANDS), NO_LETTER)).isEmpty();
        assertThat(WayForward.options(List.of(new RemittanceLine(1, "97124", List.of(), 2, new BigDecimal("120.00"),
                new BigDecimal("80.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("80.00"),
                BigDecimal.ZERO, List.of(ClaimAdjustment.of(CO, "45", "40.00")), List.of(), false)),
                Optional.of(CALM_HANDS), NO_LETTER)).isEmpty();
    }

    @Test
    void the_patients_notice_gets_the_self_pay_price_only_when_every_unpaid_service_has_a_cash_rate() {
        assertThat(WayForward.selfPayPrice(overTheLimit(), Optional.of(CALM_HANDS))).hasValueSatisfying(
                price -> assertThat(price).isEqualByComparingTo("88.50"));
        assertThat(WayForward.selfPayPrice(overTheLimit(), Optional.empty())).isEmpty();
        assertThat(WayForward.selfPayPrice(List.of(denied(1, "97124", 2, "120.00", CO, "197")),
                Optional.of(CALM_HANDS))).isEmpty();
    }

    private static List<RemittanceLine> overTheLimit() {
        return List.of(denied(1, "97124", 2, "120.00", PR, "119"), denied(2, "97140", 1, "60.00", PR, "119"));
    }

    private static RemittanceLine denied(int number, String code, int units, String charge, AdjustmentGroup group,
            String carc) {
        BigDecimal billed = new BigDecimal(charge);
        boolean patientOwes = group == PR;
        return new RemittanceLine(number, code, List.of(), units, billed, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, patientOwes ? billed : BigDecimal.ZERO,
                List.of(ClaimAdjustment.of(group, carc, charge)), List.of(), true);
    }
}
