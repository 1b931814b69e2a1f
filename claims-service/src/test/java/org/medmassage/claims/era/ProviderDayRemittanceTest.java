package org.medmassage.claims.era;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.explanation.WorkedExamples;

class ProviderDayRemittanceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void lists_the_claims_decided_that_day_with_totals_where_BPR02_is_the_sum_of_CLP04() {
        Claim first = WorkedExamples.example1();
        Claim second = WorkedExamples.example2();

        ProviderDayRemittance day = ProviderDayRemittance.of(WorkedExamples.NPI, DAY, List.of(
                new AdjudicatedClaim(first, Instant.parse("2026-03-12T08:00:00Z")),
                new AdjudicatedClaim(second, Instant.parse("2026-03-12T17:00:00Z"))));

        assertThat(day.claims()).extracting(c -> c.clp().payerClaimControlNumber())
                .containsExactly(first.id().toString(), second.id().toString());
        assertThat(day.totals()).isEqualTo(new ProviderDayRemittance.Totals(2, money("360.00"), money("113.60"),
                money("90.40")));
        assertThat(day.claims()).extracting(ClaimPaymentAdvice::paidOn).containsOnly(DAY);
        assertThat(day.providerNpi()).isEqualTo(WorkedExamples.NPI);
    }

    @Test
    void a_claim_decided_and_voided_the_same_day_shows_both_and_nets_to_zero() {
        Claim voided = WorkedExamples.example1Voided(Instant.parse("2026-03-12T18:00:00Z"));

        ProviderDayRemittance day = ProviderDayRemittance.of(WorkedExamples.NPI, DAY,
                List.of(new AdjudicatedClaim(voided, Instant.parse("2026-03-12T08:00:00Z"))));

        assertThat(day.claims()).extracting(c -> c.clp().statusCode()).containsExactly(1, 22);
        assertThat(day.totals()).isEqualTo(new ProviderDayRemittance.Totals(2, money("0.00"), money("0.00"),
                money("0.00")));
    }

    @Test
    void a_claim_decided_earlier_and_voided_that_day_shows_only_its_reversal() {
        Claim voided = WorkedExamples.example2().voidWith(
                new Voiding("Duplicate.", Instant.parse("2026-03-12T10:00:00Z")));

        ProviderDayRemittance day = ProviderDayRemittance.of(WorkedExamples.NPI, DAY,
                List.of(new AdjudicatedClaim(voided, Instant.parse("2026-03-11T10:00:00Z"))));

        assertThat(day.claims()).extracting(c -> c.clp().statusCode()).containsExactly(22);
        assertThat(day.totals().payment()).isEqualTo("-72.00");
    }

    @Test
    void a_day_without_claims_has_zero_totals() {
        ProviderDayRemittance day = ProviderDayRemittance.of(WorkedExamples.NPI, DAY, List.of());

        assertThat(day.claims()).isEmpty();
        assertThat(day.totals()).isEqualTo(new ProviderDayRemittance.Totals(0, money("0.00"), money("0.00"),
                money("0.00")));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
