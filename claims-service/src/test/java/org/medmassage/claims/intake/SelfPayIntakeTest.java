package org.medmassage.claims.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;

/** A self-pay claim priced at the rendering provider's cash rate at intake (RULEBOOK §7.4, decision 0073). */
class SelfPayIntakeTest {

    private static final String NPI = "1234567893";
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final ClaimPayer SELF_PAY = new ClaimPayer(Payer.SELF_PAY, List.of(), null, null, null, null);

    private final ClaimIntake intake = new ClaimIntake(TimedUnitMethod.CMS_TOTAL_TIME, IcdCodeSet.standard());

    // contract 35.00 / 32.00 is not used: 97124 × 2 at 30.00 + 97140 × 1 at 28.50 = 88.50
    @Test
    void prices_every_line_at_the_provider_s_cash_rate_per_unit_to_the_cent() {
        Claim claim = accepted(submission(SELF_PAY, line("97124", 2, "120.00"), line("97140", 1, "60.00")),
                provider(Map.of("97124", Money.of("30.00"), "97140", Money.of("28.50"))));

        assertThat(claim.lines()).extracting(ClaimLine::units, ClaimLine::charge, ClaimLine::allowed)
                .containsExactly(tuple(2, Money.of("120.00"), Money.of("60.00")),
                        tuple(1, Money.of("60.00"), Money.of("28.50")));
        assertThat(claim.totalAllowed()).isEqualTo("88.50");
        assertThat(claim.header().payer().isSelfPay()).isTrue();
    }

    @Test
    void an_out_of_network_provider_s_self_pay_claim_is_priced_at_its_cash_rate_too() {
        Provider outOfNetwork = new Provider(NPI, "Calm Hands Massage", NetworkTier.OUT_OF_NETWORK, Map.of(),
                credentials(), null, Map.of("97124", Money.of("30.00"), "97140", Money.of("28.50")));

        Claim claim = accepted(submission(SELF_PAY, line("97124", 2, "120.00"), line("97140", 1, "60.00")),
                outOfNetwork);

        assertThat(claim.totalAllowed()).isEqualTo("88.50");
    }

    @Test
    void a_cash_price_above_the_charge_is_the_charge() {
        Claim claim = accepted(submission(SELF_PAY, line("97124", 2, "50.00")),
                provider(Map.of("97124", Money.of("30.00"))));

        assertThat(claim.lines()).extracting(ClaimLine::allowed).containsExactly(Money.of("50.00"));
    }

    @Test
    void refuses_a_line_whose_code_has_no_cash_rate_naming_its_procedure_code() {
        IntakeDecision decision = intake.accept(UUID.randomUUID(),
                submission(SELF_PAY, line("97124", 2, "120.00"), line("97140", 1, "60.00")),
                Optional.of(provider(Map.of("97124", Money.of("30.00")))), OutOfNetworkFeeSchedule.EMPTY, TODAY);

        assertThat(decision).isInstanceOf(IntakeDecision.Rejected.class);
        assertThat(((IntakeDecision.Rejected) decision).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("lines[1].procedureCode");
            assertThat(problem.rule()).isEqualTo("§7.4");
            assertThat(problem.message()).contains("no self-pay cash rate for 97140", "PUT /providers/" + NPI);
        });
    }

    @Test
    void a_provider_with_no_cash_rates_at_all_is_refused_on_every_line() {
        IntakeDecision decision = intake.accept(UUID.randomUUID(),
                submission(SELF_PAY, line("97124", 2, "120.00"), line("97140", 1, "60.00")),
                Optional.of(provider(Map.of())), OutOfNetworkFeeSchedule.EMPTY, TODAY);

        assertThat(((IntakeDecision.Rejected) decision).problems()).extracting(FieldProblem::field)
                .containsExactly("lines[0].procedureCode", "lines[1].procedureCode");
    }

    private Claim accepted(ClaimSubmission submission, Provider provider) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(provider),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Accepted.class);
        return ((IntakeDecision.Accepted) decision).claim();
    }

    private static ClaimSubmission submission(ClaimPayer payer, SubmittedLine... lines) {
        return new ClaimSubmission("M-1001", null, NPI, DOS, "11", List.of("M54.50"), List.of(lines), null, null,
                null, ClaimFrequency.ORIGINAL, null, payer);
    }

    private static SubmittedLine line(String code, int units, String charge) {
        return new SubmittedLine(code, List.of("GP"), null, units, new BigDecimal(charge), List.of(1));
    }

    // in network with a contract of 35.00 / 32.00 (Example 1) and the given cash rates
    private static Provider provider(Map<String, BigDecimal> cashRates) {
        return new Provider(NPI, "Calm Hands Massage", NetworkTier.IN_NETWORK,
                Map.of("97124", Money.of("35.00"), "97140", Money.of("32.00")), credentials(), null, cashRates);
    }

    private static ProviderCredentials credentials() {
        return new ProviderCredentials(List.of(), new PracticeAddress("1 Main St", "Olympia", "WA", "98501"),
                List.of(), null);
    }
}
