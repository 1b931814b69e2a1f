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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.coverage.CoverageTerms;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;

class ClaimIntakeTest {

    private static final String NPI = "1234567893";
    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private static final Provider PROVIDER = new Provider(NPI, "Calm Hands Massage", NetworkTier.IN_NETWORK,
            Map.of("97124", Money.of("40.00"), "97140", Money.of("38.00")));

    private final ClaimIntake intake = new ClaimIntake(TimedUnitMethod.CMS_TOTAL_TIME, IcdCodeSet.standard());

    @Test
    void bills_30_minutes_of_massage_as_2_units_priced_at_the_contract_rate() {
        Claim claim = accepted(submission(List.of("M54.50"), line("97124", 30, null, "120.00", 1)));

        assertThat(claim.status()).isEqualTo(ClaimStatus.RECEIVED);
        assertThat(claim.networkTier()).isEqualTo(NetworkTier.IN_NETWORK);
        assertThat(claim.lines()).containsExactly(new ClaimLine(1, "97124", List.of("GP"), 2,
                new BigDecimal("120.00"), new BigDecimal("80.00"), List.of(1)));
    }

    @Test
    void bills_38_minutes_of_massage_as_3_units() {
        Claim claim = accepted(submission(List.of("M54.50"), line("97124", 38, null, "180.00", 1)));

        assertThat(claim.lines().get(0).units()).isEqualTo(3);
        assertThat(claim.lines().get(0).allowed()).isEqualTo("120.00");
    }

    /** RULEBOOK §4.2: 38 minutes of 97124 with 10 of 97140 are 2 + 1 units pooled (CPT-01), 3 + 1 per code (CPT-02). */
    @ParameterizedTest(name = "{0} plan: {1} units")
    @CsvSource({"CMS_TOTAL_TIME, '2,1'", "AMA_PER_CODE, '3,1'"})
    void counts_units_by_the_method_of_the_member_s_plan_and_records_it_on_the_claim(TimedUnitMethod method,
            String units) {
        List<CoverageTerms> coverage = List.of(new CoverageTerms("M-1001", "PLAN", LocalDate.of(2026, 1, 1), null,
                method));
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission(List.of("M54.50"),
                        line("97124", 38, null, "180.00", 1), line("97140", 10, null, "60.00", 1)),
                Optional.of(PROVIDER), OutOfNetworkFeeSchedule.EMPTY, coverage, TODAY);

        Claim claim = ((IntakeDecision.Accepted) decision).claim();
        assertThat(claim.lines()).extracting(ClaimLine::units)
                .containsExactlyElementsOf(java.util.Arrays.stream(units.split(",")).map(Integer::valueOf).toList());
        assertThat(claim.header().timedUnitMethod()).isEqualTo(method);
    }

    @Test
    void counts_units_by_the_configured_default_for_a_member_whose_coverage_is_not_known_yet() {
        Claim claim = accepted(submission(List.of("M54.50"), line("97124", 38, null, "180.00", 1),
                line("97140", 10, null, "60.00", 1)));

        assertThat(claim.lines()).extracting(ClaimLine::units).containsExactly(2, 1);
        assertThat(claim.header().timedUnitMethod()).isEqualTo(TimedUnitMethod.CMS_TOTAL_TIME);
    }

    @Test
    void takes_units_as_given() {
        Claim claim = accepted(submission(List.of("M54.50"), line("97124", null, 2, "120.00", 1),
                line("97140", 10, null, "60.00", 1)));

        assertThat(claim.lines()).extracting(ClaimLine::units).containsExactly(2, 1);
    }

    @Test
    void stores_diagnosis_codes_with_the_dot() {
        Claim claim = accepted(submission(List.of("M5450"), line("97124", 30, null, "120.00", 1)));

        assertThat(claim.header().diagnosisCodes()).containsExactly("M54.50");
    }

    @Test
    void refuses_M54_5_after_its_deletion_naming_the_billable_children() {
        List<FieldProblem> problems = rejected(submission(List.of("M54.5"), line("97124", 30, null, "120.00", 1)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("diagnosisCodes[0]");
            assertThat(problem.rule()).isEqualTo("DX-08");
            assertThat(problem.message()).contains("M54.50", "M54.51", "M54.59");
        });
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({"M72.2, 2026-09-15, ''", "M72.2, 2026-12-01, DX-08", "M72.20, 2026-09-15, DX-07", "M72.20, 2026-12-01, ''",
            "S23.420A, 2026-12-01, DX-07", "S134A, 2026-12-01, DX-04", "M54.50, 2026-12-01, ''"})
    void judges_each_diagnosis_by_the_date_of_service_on_both_sides_of_fy2027(String code, LocalDate dos, String rule) {
        ClaimSubmission submission = new ClaimSubmission("M-1001", "A123", NPI, dos, "11", List.of(code),
                List.of(line("97124", 30, null, "120.00", 1)));

        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(PROVIDER),
                OutOfNetworkFeeSchedule.EMPTY, LocalDate.of(2026, 12, 6));

        List<String> rules = decision instanceof IntakeDecision.Rejected rejected
                ? rejected.problems().stream().map(FieldProblem::rule).toList() : List.of();
        assertThat(rules).isEqualTo(rule.isEmpty() ? List.of() : List.of(rule));
    }

    @Test
    void names_every_problem_of_the_claim_at_once() {
        ClaimSubmission submission = new ClaimSubmission("M-1001", "A123", "1234567890", LocalDate.of(2026, 4, 1),
                "11", List.of("M54.50"), List.of(line("97124", 30, null, "120.00", 2), line("97140", 30, 2, "60.00", 1),
                        line("97124", 30, null, "60.00", 1)));

        assertThat(intake.accept(UUID.randomUUID(), submission, Optional.empty(), OutOfNetworkFeeSchedule.EMPTY, TODAY))
                .isInstanceOfSatisfying(IntakeDecision.Rejected.class, rejected ->
                        assertThat(rejected.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "renderingProviderNpi", "dateOfService", "lines[0].diagnosisPointers[0]",
                                "lines[1].units", "lines[2].procedureCode"));
    }

    @Test
    void refuses_an_unknown_provider() {
        List<FieldProblem> problems = intake.accept(UUID.randomUUID(),
                submission(List.of("M54.50"), line("97124", 30, null, "120.00", 1)), Optional.empty(),
                OutOfNetworkFeeSchedule.EMPTY, TODAY) instanceof IntakeDecision.Rejected r ? r.problems() : List.of();

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("renderingProviderNpi", "CS-01"));
    }

    @Test
    void refuses_a_code_the_provider_has_no_rate_for_with_CO_96() {
        List<FieldProblem> problems = rejected(submission(List.of("M54.50"), line("97530", 30, null, "120.00", 1)));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("lines[0].procedureCode");
            assertThat(problem.message()).startsWith("CO-96/N130").contains("97530");
        });
    }

    @Test
    void refuses_a_line_that_earns_no_unit_under_the_8_minute_rule() {
        List<FieldProblem> problems = rejected(submission(List.of("M54.50"), line("97124", 7, null, "60.00", 1),
                line("97140", 7, null, "60.00", 1)));

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("lines[1].minutes", "CPT-01"));
    }

    @Test
    void refuses_a_line_without_minutes_or_units() {
        List<FieldProblem> problems = rejected(submission(List.of("M54.50"), line("97124", null, null, "60.00", 1)));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("lines[0].minutes");
    }

    private Claim accepted(ClaimSubmission submission) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(PROVIDER),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Accepted.class);
        return ((IntakeDecision.Accepted) decision).claim();
    }

    private List<FieldProblem> rejected(ClaimSubmission submission) {
        IntakeDecision decision = intake.accept(UUID.randomUUID(), submission, Optional.of(PROVIDER),
                OutOfNetworkFeeSchedule.EMPTY, TODAY);
        assertThat(decision).isInstanceOf(IntakeDecision.Rejected.class);
        return ((IntakeDecision.Rejected) decision).problems();
    }

    private static ClaimSubmission submission(List<String> diagnoses, SubmittedLine... lines) {
        return new ClaimSubmission("M-1001", "A123", NPI, DOS, "11", diagnoses, List.of(lines));
    }

    private static SubmittedLine line(String code, Integer minutes, Integer units, String charge, int pointer) {
        return new SubmittedLine(code, List.of("GP"), minutes, units, new BigDecimal(charge), List.of(pointer));
    }
}
