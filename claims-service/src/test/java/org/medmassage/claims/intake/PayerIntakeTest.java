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
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.RelatedCause;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.pricing.StateFeeSchedules;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;

/** The payer and injury fields at intake, and a workers' comp claim priced at its state's fee schedule (decision 0068). */
class PayerIntakeTest {

    private static final String NPI = "1234567893";
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final LocalDate INJURED = LocalDate.of(2026, 2, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final WorkersCompensation WC = new WorkersCompensation("Evergreen Mutual", "WC-2026-0042",
            "Acme Logistics");
    private static final StateFeeSchedules WA_SAMPLE = new StateFeeSchedules(List.of(
            new StateFeeSchedules.Fee("WA", "97124", Money.of("33.00")),
            new StateFeeSchedules.Fee("WA", "97140", Money.of("30.00"))));

    private final ClaimIntake intake = new ClaimIntake(TimedUnitMethod.CMS_TOTAL_TIME, IcdCodeSet.standard(),
            WA_SAMPLE);

    // RULEBOOK §7.2 Example 10: same visit as Example 1, the provider's contract (35.00 / 32.00) does not apply
    @Test
    void prices_a_workers_comp_claim_at_the_fee_schedule_of_the_provider_s_practice_state() {
        Claim claim = accepted(workersComp(WC), provider("WA", NetworkTier.IN_NETWORK));

        assertThat(claim.lines()).extracting(ClaimLine::units, ClaimLine::allowed)
                .containsExactly(tuple(2, Money.of("66.00")), tuple(1, Money.of("30.00")));
        assertThat(claim.header().payer().workersCompensationClaim()).contains(WC);
    }

    @Test
    void prices_a_workers_comp_claim_of_an_out_of_network_provider_at_the_same_schedule() {
        Claim claim = accepted(workersComp(WC), provider("WA", NetworkTier.OUT_OF_NETWORK));

        assertThat(claim.totalAllowed()).isEqualTo("96.00");
    }

    @Test
    void refuses_a_workers_comp_claim_in_a_state_without_a_schedule_naming_the_rendering_provider() {
        List<FieldProblem> problems = rejected(workersComp(WC), provider("OR", NetworkTier.IN_NETWORK));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("renderingProviderNpi");
            assertThat(problem.message()).contains("no workers' compensation fee schedule for OR");
        });
    }

    @Test
    void refuses_a_workers_comp_claim_of_a_provider_without_a_practice_address() {
        Provider noAddress = new Provider(NPI, "Calm Hands Massage", NetworkTier.IN_NETWORK, Map.of());

        assertThat(rejected(workersComp(WC), noAddress)).extracting(FieldProblem::field)
                .containsExactly("renderingProviderNpi");
    }

    @Test
    void refuses_a_workers_comp_claim_without_carrier_and_claim_number_naming_both() {
        assertThat(rejected(workersComp(null), provider("WA", NetworkTier.IN_NETWORK)))
                .extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("workersCompensation.carrierName", "§7.2"),
                        tuple("workersCompensation.claimNumber", "§7.2"));
        assertThat(rejected(workersComp(new WorkersCompensation("Evergreen Mutual", null, null)),
                provider("WA", NetworkTier.IN_NETWORK))).extracting(FieldProblem::field)
                .containsExactly("workersCompensation.claimNumber");
    }

    @Test
    void refuses_a_workers_comp_claim_that_is_not_for_a_work_injury() {
        ClaimPayer notWork = new ClaimPayer(Payer.WORKERS_COMP, List.of(RelatedCause.OTHER_ACCIDENT), null, INJURED,
                WC, null);

        assertThat(rejected(submission(notWork), provider("WA", NetworkTier.IN_NETWORK)))
                .extracting(FieldProblem::field).containsExactly("relatedCauses");
    }

    @Test
    void accepts_an_auto_pip_claim_for_an_auto_accident_with_its_date_and_state() {
        ClaimPayer pip = new ClaimPayer(Payer.AUTO_PIP, List.of(RelatedCause.AUTO_ACCIDENT), "NJ", INJURED, null,
                null);

        Claim claim = accepted(submission(pip), contracted());

        assertThat(claim.header().payer()).isEqualTo(pip);
        assertThat(claim.totalAllowed()).isEqualTo("102.00");
    }

    @Test
    void refuses_auto_pip_without_an_accident_naming_the_related_cause_and_the_accident_date() {
        ClaimPayer noAccident = new ClaimPayer(Payer.AUTO_PIP, List.of(), null, null, null, null);

        assertThat(rejected(submission(noAccident), contracted())).extracting(FieldProblem::field)
                .containsExactly("relatedCauses", "dateOfInjury");
    }

    @Test
    void refuses_auto_pip_for_an_auto_accident_without_its_date() {
        ClaimPayer undated = new ClaimPayer(Payer.AUTO_PIP, List.of(RelatedCause.AUTO_ACCIDENT), "FL", null, null,
                null);

        assertThat(rejected(submission(undated), contracted())).extracting(FieldProblem::field)
                .containsExactly("dateOfInjury");
    }

    @Test
    void refuses_a_prior_payment_over_the_charge_or_on_a_claim_not_to_the_health_plan() {
        ClaimPayer overpaid = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.AUTO_ACCIDENT), "NJ", INJURED,
                null, new PriorPayerDenial("119", new BigDecimal("1000.00")));
        ClaimPayer onPip = new ClaimPayer(Payer.AUTO_PIP, List.of(RelatedCause.AUTO_ACCIDENT), "NJ", INJURED, null,
                new PriorPayerDenial("119", new BigDecimal("50.00")));

        assertThat(rejected(submission(overpaid), contracted())).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("priorPayerDenial.paid");
            assertThat(problem.message()).contains("more than the").contains("charged");
        });
        assertThat(rejected(submission(onPip), contracted())).extracting(FieldProblem::field)
                .containsExactly("priorPayerDenial.paid");
    }

    @Test
    void refuses_an_injury_without_its_date_or_dated_after_the_session() {
        ClaimPayer undated = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.OTHER_ACCIDENT), null, null,
                null, null);
        ClaimPayer later = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.OTHER_ACCIDENT), null,
                DOS.plusDays(1), null, null);

        assertThat(rejected(submission(undated), contracted())).extracting(FieldProblem::field)
                .containsExactly("dateOfInjury");
        assertThat(rejected(submission(later), contracted())).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("after the date of service"));
    }

    @Test
    void an_injury_on_the_day_of_the_session_is_accepted() {
        ClaimPayer sameDay = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.OTHER_ACCIDENT), null, DOS,
                null, null);

        assertThat(accepted(submission(sameDay), contracted()).header().payer().dateOfInjury()).isEqualTo(DOS);
    }

    @Test
    void refuses_an_auto_accident_without_a_known_state() {
        ClaimPayer stateless = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.AUTO_ACCIDENT), null, INJURED,
                null, null);
        ClaimPayer unknown = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.AUTO_ACCIDENT), "XX", INJURED,
                null, null);

        assertThat(rejected(submission(stateless), contracted())).extracting(FieldProblem::field)
                .containsExactly("accidentState");
        assertThat(rejected(submission(unknown), contracted())).extracting(FieldProblem::message)
                .containsExactly("'XX' is not a USPS state code");
    }

    @Test
    void refuses_a_prior_denial_that_is_not_a_claim_adjustment_reason_code() {
        ClaimPayer bogus = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.EMPLOYMENT), null, INJURED, null,
                new PriorPayerDenial("ZZ9"));

        assertThat(rejected(submission(bogus), contracted())).extracting(FieldProblem::field)
                .containsExactly("priorPayerDenial.carc");
    }

    @Test
    void a_health_plan_claim_for_a_work_injury_is_accepted_for_routing_with_its_fields() {
        ClaimPayer workInjury = new ClaimPayer(Payer.HEALTH_PLAN, List.of(RelatedCause.EMPLOYMENT), null, INJURED,
                null, new PriorPayerDenial("P2"));

        Claim claim = accepted(submission(workInjury), contracted());

        assertThat(claim.header().payer()).isEqualTo(workInjury);
        assertThat(claim.totalAllowed()).isEqualTo("102.00");
    }

    private Claim accepted(ClaimSubmission submission, Provider provider) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(provider),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Accepted.class);
        return ((IntakeDecision.Accepted) decision).claim();
    }

    private List<FieldProblem> rejected(ClaimSubmission submission, Provider provider) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(provider),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Rejected.class);
        return ((IntakeDecision.Rejected) decision).problems();
    }

    private static ClaimSubmission workersComp(WorkersCompensation wc) {
        return submission(new ClaimPayer(Payer.WORKERS_COMP, List.of(RelatedCause.EMPLOYMENT), null, INJURED, wc,
                null));
    }

    /** RULEBOOK §5.3 common visit: 97124 × 2 billed 120.00, 97140 × 1 billed 60.00. */
    private static ClaimSubmission submission(ClaimPayer payer) {
        return new ClaimSubmission("M-1001", null, NPI, DOS, "11", List.of("M54.50"),
                List.of(line("97124", 2, "120.00"), line("97140", 1, "60.00")), null, null, null,
                ClaimFrequency.ORIGINAL, null, payer);
    }

    private static SubmittedLine line(String code, int units, String charge) {
        return new SubmittedLine(code, List.of("GP"), null, units, new BigDecimal(charge), List.of(1));
    }

    private static Provider contracted() {
        return provider("WA", NetworkTier.IN_NETWORK);
    }

    // contract 35.00 / 32.00 (Example 1), practising in {@code state}
    private static Provider provider(String state, NetworkTier tier) {
        return new Provider(NPI, "Calm Hands Massage", tier,
                Map.of("97124", Money.of("35.00"), "97140", Money.of("32.00")),
                new ProviderCredentials(List.of(), new PracticeAddress("1 Main St", "Olympia", state, "98501"),
                        List.of(), null));
    }
}
