package org.medmassage.claims.era;

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
import org.medmassage.claims.adjudication.ClaimHeader;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.era.ClaimPaymentAdvice.Amt;
import org.medmassage.claims.era.ClaimPaymentAdvice.Cas;
import org.medmassage.claims.era.ClaimPaymentAdvice.Clp;
import org.medmassage.claims.era.ClaimPaymentAdvice.Lq;
import org.medmassage.claims.era.ClaimPaymentAdvice.ServicePayment;
import org.medmassage.claims.era.ClaimPaymentAdvice.Svc;
import org.medmassage.claims.explanation.WorkedExamples;

class RemittanceAdvicesTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 3, 12);

    @Test
    void example_1_is_CLP_180_paid_41_60_patient_60_40_processed_as_primary() {
        Claim claim = WorkedExamples.example1();

        ClaimPaymentAdvice advice = RemittanceAdvices.original(claim, PAID_ON);

        String id = claim.id().toString();
        assertThat(advice.clp()).isEqualTo(new Clp(id, 1, money("180.00"), money("41.60"), money("60.40"), id,
                "CI"));
        assertThat(advice.services()).extracting(ServicePayment::svc).containsExactly(
                new Svc("HC:97124:GP", "97124", List.of("GP"), money("120.00"), money("16.00"), 2),
                new Svc("HC:97140:GP:59", "97140", List.of("GP", "59"), money("60.00"), money("25.60"), 1));
        assertThat(advice.services().get(0).cas()).containsExactly(new Cas("CO", "45", money("50.00")),
                new Cas("PR", "1", money("50.00")), new Cas("PR", "2", money("4.00")));
        assertThat(advice.services().get(1).cas()).containsExactly(new Cas("CO", "45", money("28.00")),
                new Cas("PR", "2", money("6.40")));
        assertThat(advice.services()).extracting(ServicePayment::amt).containsExactly(
                List.of(new Amt("B6", money("70.00"))), List.of(new Amt("B6", money("32.00"))));
        assertThat(advice.services()).extracting(ServicePayment::lineItemControlNumber).containsExactly("1", "2");
        assertThat(advice.services()).extracting(ServicePayment::serviceDate).containsOnly(WorkedExamples.DOS);
        assertThat(advice.paidOn()).isEqualTo(PAID_ON);
        assertThat(advice.renderingProviderNpi()).isEqualTo(WorkedExamples.NPI);
        assertThat(advice.patientMemberId()).isEqualTo("M-1001");
        assertBalanced(advice);
    }

    @Test
    void example_2_pays_72_with_the_copay_as_PR_3_on_the_first_line() {
        ClaimPaymentAdvice advice = RemittanceAdvices.original(WorkedExamples.example2(), PAID_ON);

        assertThat(advice.clp().payment()).isEqualTo("72.00");
        assertThat(advice.clp().patientResponsibility()).isEqualTo("30.00");
        assertThat(advice.services().get(0).cas()).containsExactly(new Cas("CO", "45", money("50.00")),
                new Cas("PR", "3", money("30.00")));
        assertThat(advice.services().get(1).cas()).containsExactly(new Cas("CO", "45", money("28.00")));
        assertBalanced(advice);
    }

    @Test
    void a_denied_claim_is_CLP02_4_with_its_remark_codes_as_LQ_HE() {
        ClaimPaymentAdvice advice = RemittanceAdvices.original(WorkedExamples.example6a(), PAID_ON);

        assertThat(advice.clp().statusCode()).isEqualTo(4);
        assertThat(advice.clp().payment()).isEqualTo("0.00");
        assertThat(advice.clp().patientResponsibility()).isEqualTo("0.00");
        assertThat(advice.services()).extracting(ServicePayment::lq)
                .containsOnly(List.of(new Lq("HE", "M62")));
        assertThat(advice.services().get(0).cas()).containsExactly(new Cas("CO", "197", money("120.00")));
        assertBalanced(advice);
    }

    @Test
    void a_claim_paid_in_part_or_all_to_the_deductible_is_still_processed_as_primary() {
        assertThat(RemittanceAdvices.original(WorkedExamples.manualTherapyNotCovered(), PAID_ON).clp().statusCode())
                .isEqualTo(1);
        assertThat(RemittanceAdvices.original(WorkedExamples.example4a(), PAID_ON).clp())
                .extracting(Clp::statusCode, Clp::payment).containsExactly(1, money("0.00"));
    }

    @Test
    void a_voided_claim_is_reversed_with_CLP02_22_and_every_amount_negated_and_still_balances() {
        Instant voidedAt = Instant.parse("2026-03-20T09:00:00Z");
        Claim voided = WorkedExamples.example1Voided(voidedAt);

        ClaimPaymentAdvice reversal = RemittanceAdvices.current(new AdjudicatedClaim(voided, WorkedExamples.DECIDED_AT));

        assertThat(reversal.clp().statusCode()).isEqualTo(22);
        assertThat(reversal.clp()).extracting(Clp::charge, Clp::payment, Clp::patientResponsibility)
                .containsExactly(money("-180.00"), money("-41.60"), money("-60.40"));
        assertThat(reversal.services().get(0).cas()).containsExactly(new Cas("CO", "45", money("-50.00")),
                new Cas("PR", "1", money("-50.00")), new Cas("PR", "2", money("-4.00")));
        assertThat(reversal.services().get(0).svc().units()).isEqualTo(2);
        assertThat(reversal.paidOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertBalanced(reversal);
        // the decision itself is still the one it was
        assertThat(RemittanceAdvices.original(voided, PAID_ON).clp().statusCode()).isEqualTo(1);
    }

    @Test
    void the_current_remittance_of_a_decided_claim_is_dated_the_UTC_day_it_was_decided() {
        ClaimPaymentAdvice advice = RemittanceAdvices.current(new AdjudicatedClaim(WorkedExamples.example1(),
                Instant.parse("2026-03-12T23:59:59Z")));

        assertThat(advice.paidOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @ParameterizedTest
    @MethodSource("decidedClaims")
    void every_remittance_balances_per_line_and_per_claim_FMT_01(Claim claim) {
        assertBalanced(RemittanceAdvices.original(claim, PAID_ON));
    }

    static Stream<Claim> decidedClaims() {
        return Stream.of(WorkedExamples.example1(), WorkedExamples.example2(), WorkedExamples.example4a(),
                WorkedExamples.example6a(), WorkedExamples.example5OnAllowed(),
                WorkedExamples.manualTherapyNotCovered());
    }

    @Test
    void a_claim_still_in_the_saga_has_no_remittance_and_an_unvoided_one_no_reversal() {
        assertThatThrownBy(() -> RemittanceAdvices.original(WorkedExamples.inNetwork(), PAID_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not decided yet (RECEIVED)");
        assertThatThrownBy(() -> RemittanceAdvices.reversal(WorkedExamples.example1(), PAID_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not voided");
    }

    @Test
    void echoes_the_patient_control_number_as_CLP01_and_names_the_billing_provider_as_payee() {
        Claim example1 = WorkedExamples.example1();
        ClaimHeader plain = example1.header();
        Claim referenced = Claim.restore(new ClaimHeader(plain.claimId(), plain.memberId(),
                plain.authorizationNumber(), plain.renderingProviderNpi(), plain.networkTier(), plain.dateOfService(),
                plain.placeOfService(), plain.diagnosisCodes(), "1245319599", "PCN-4471", "R-2026-17", null, null, null),
                example1.lines(), example1.status(), example1.remittance().orElseThrow(), null);

        ClaimPaymentAdvice advice = RemittanceAdvices.original(referenced, PAID_ON);
        ClaimPaymentAdvice reversal = RemittanceAdvices.reversal(
                referenced.voidWith(Voiding.byProvider(Instant.parse("2026-03-13T09:00:00Z"))), PAID_ON);

        assertThat(advice.clp().patientControlNumber()).isEqualTo("PCN-4471");
        assertThat(advice.clp().payerClaimControlNumber()).isEqualTo(referenced.id().toString());
        assertThat(advice.payeeNpi()).isEqualTo("1245319599");
        assertThat(advice.renderingProviderNpi()).isEqualTo(WorkedExamples.NPI);
        assertThat(reversal.clp().patientControlNumber()).isEqualTo("PCN-4471");
        assertThat(reversal.payeeNpi()).isEqualTo("1245319599");
    }

    @Test
    void without_a_patient_control_number_CLP01_is_the_claim_id_and_the_payee_the_rendering_provider() {
        Claim claim = WorkedExamples.example1();

        ClaimPaymentAdvice advice = RemittanceAdvices.original(claim, PAID_ON);

        assertThat(advice.clp().patientControlNumber()).isEqualTo(claim.id().toString());
        assertThat(advice.payeeNpi()).isEqualTo(WorkedExamples.NPI);
    }

    /** FMT-01: SVC02 − Σ CAS = SVC03 per line; CLP03 − Σ CAS = CLP04; CLP05 = Σ PR; CLP03/CLP04 = Σ SVC02/SVC03. */
    static void assertBalanced(ClaimPaymentAdvice advice) {
        BigDecimal allCas = BigDecimal.ZERO;
        BigDecimal patient = BigDecimal.ZERO;
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (ServicePayment service : advice.services()) {
            BigDecimal lineCas = service.cas().stream().map(Cas::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(service.svc().charge().subtract(lineCas)).as("line " + service.lineItemControlNumber())
                    .isEqualByComparingTo(service.svc().paid());
            allCas = allCas.add(lineCas);
            patient = patient.add(service.cas().stream().filter(cas -> cas.group().equals("PR")).map(Cas::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            charge = charge.add(service.svc().charge());
            paid = paid.add(service.svc().paid());
        }
        assertThat(advice.clp().charge().subtract(allCas)).isEqualByComparingTo(advice.clp().payment());
        assertThat(advice.clp().patientResponsibility()).isEqualByComparingTo(patient);
        assertThat(advice.clp().charge()).isEqualByComparingTo(charge);
        assertThat(advice.clp().payment()).isEqualByComparingTo(paid);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
