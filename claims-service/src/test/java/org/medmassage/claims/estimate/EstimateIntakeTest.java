package org.medmassage.claims.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;

/** ALT-04's content: the estimate's items at the provider's cash rate, its parties, dates and deadline, or why not. */
class EstimateIntakeTest {

    private static final EstimateIntake INTAKE = new EstimateIntake(IcdCodeSet.standard());

    @Test
    void prices_each_service_at_the_cash_rate_times_units_times_sessions() {
        GoodFaithEstimate estimate = EstimateFixtures.estimate(false);

        assertThat(estimate.services()).extracting(EstimatedService::procedureCode, EstimatedService::description,
                        EstimatedService::unitsPerSession, EstimatedService::sessions,
                        EstimatedService::cashRatePerUnit, EstimatedService::expectedCharge)
                .containsExactly(
                        tuple("97124", "Therapeutic massage", 2, 12,
                                new BigDecimal("30.00"), new BigDecimal("720.00")),
                        tuple("97140", "Manual therapy", 1, 12,
                                new BigDecimal("28.50"), new BigDecimal("342.00")));
        assertThat(estimate.expectedTotal()).isEqualTo(new BigDecimal("1062.00"));
        assertThat(estimate.selfPayDiscount()).as("no usual charge given: no discount shown").isNull();
        assertThat(estimate.services()).allSatisfy(item -> assertThat(item.selfPayDiscount()).isNull());
    }

    @Test
    void shows_the_self_pay_discount_from_the_usual_charge_when_the_provider_gives_one() {
        GoodFaithEstimate estimate = EstimateFixtures.estimate(true);

        EstimatedService massage = estimate.services().get(0);
        assertThat(massage.usualCharge()).isEqualTo(new BigDecimal("1440.00"));
        assertThat(massage.selfPayDiscount()).isEqualTo(new BigDecimal("720.00"));
        assertThat(estimate.services().get(1).selfPayDiscount()).isNull();
        assertThat(estimate.selfPayDiscount()).isEqualTo(new BigDecimal("720.00"));
        assertThat(estimate.expectedTotal()).isEqualTo(new BigDecimal("1062.00"));
    }

    @Test
    void names_the_patient_the_provider_with_its_tax_id_and_location_and_the_series() {
        GoodFaithEstimate estimate = EstimateFixtures.estimate(false);

        assertThat(estimate.patient().name()).isEqualTo("Jane Doe");
        assertThat(estimate.patient().dateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(estimate.provider()).isEqualTo(new EstimateProvider("Harbor Massage Clinic",
                EstimateFixtures.NPI, "12-3456789", EstimateFixtures.PROVIDER.credentials().address().orElseThrow()));
        assertThat(estimate.diagnosisCodes()).containsExactly("M54.50");
        assertThat(estimate.firstScheduledDate()).isEqualTo(EstimateFixtures.FIRST_SESSION);
        assertThat(estimate.lastScheduledDate()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(GoodFaithEstimate.DISCLAIMERS).anySatisfy(text -> assertThat(text).contains("estimate only"))
                .anySatisfy(text -> assertThat(text).contains("$400.00 or more", "120 calendar days"))
                .anySatisfy(text -> assertThat(text).contains("Keep a copy"))
                .anySatisfy(text -> assertThat(text).contains("not a contract"));
    }

    // scheduled Friday 2026-02-20 for Tuesday 2026-03-10: 12 business days ahead, so due within 3 (Feb 25)
    @Test
    void is_due_three_business_days_after_scheduling_and_issued_on_time_before_then() {
        GoodFaithEstimate estimate = EstimateFixtures.estimate(false);

        assertThat(estimate.deadline()).isEqualTo(new EstimateDeadline(DueRule.SCHEDULED_10_BUSINESS_DAYS_AHEAD,
                LocalDate.of(2026, 2, 25)));
        assertThat(estimate.issuedOn()).isEqualTo(EstimateFixtures.ISSUED_ON);
        assertThat(estimate.issuedOnTime()).isTrue();
        assertThat(write(EstimateFixtures.draft(false), LocalDate.of(2026, 2, 26)).issuedOnTime()).isFalse();
    }

    @Test
    void refuses_a_code_the_provider_has_no_cash_rate_for_naming_its_item() {
        EstimateDraft draft = withServices(List.of(new PlannedService("97124", 2, 12, null),
                new PlannedService("97112", 1, 12, null)));

        assertThat(problems(draft)).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("services[1].procedureCode", "ALT-04"));
        assertThat(problems(draft).get(0).message()).contains("no self-pay cash rate for 97112");
    }

    @Test
    void refuses_a_member_whose_name_and_date_of_birth_are_not_on_file() {
        EstimateDecision decision = INTAKE.write(UUID.randomUUID(), EstimateFixtures.draft(false),
                Optional.of(EstimateFixtures.PROVIDER), Optional.empty(), EstimateFixtures.ISSUED_ON);

        assertThat(((EstimateDecision.Refused) decision).problems()).extracting(FieldProblem::field)
                .containsExactly("memberId");
        assertThat(fields(INTAKE.write(UUID.randomUUID(), EstimateFixtures.draft(false),
                Optional.of(EstimateFixtures.PROVIDER), Optional.of(Patient.notOnFile("M-1001")),
                EstimateFixtures.ISSUED_ON))).containsExactly("memberId");
    }

    @Test
    void refuses_a_provider_not_registered_or_without_a_tax_id_and_address() {
        Provider bare = new Provider(EstimateFixtures.NPI, "Bare Hands", NetworkTier.IN_NETWORK, Map.of(), null, null,
                Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("28.50")));

        assertThat(fields(INTAKE.write(UUID.randomUUID(), EstimateFixtures.draft(false), Optional.empty(),
                Optional.of(EstimateFixtures.PATIENT), EstimateFixtures.ISSUED_ON)))
                .containsExactly("renderingProviderNpi");
        EstimateDecision withoutTaxId = INTAKE.write(UUID.randomUUID(), EstimateFixtures.draft(false),
                Optional.of(bare), Optional.of(EstimateFixtures.PATIENT), EstimateFixtures.ISSUED_ON);
        assertThat(((EstimateDecision.Refused) withoutTaxId).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no tax id or practice address"));
    }

    @Test
    void refuses_a_series_over_12_months_naming_its_last_date() {
        List<LocalDate> dates = List.of(EstimateFixtures.FIRST_SESSION, LocalDate.of(2027, 3, 9),
                LocalDate.of(2027, 3, 10));

        assertThat(fields(withDates(dates.subList(0, 2)))).isEmpty();
        assertThat(problems(withDates(dates))).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("scheduledDates[2]");
            assertThat(problem.message()).contains("up to 12 months (until 2027-03-09)");
        });
    }

    @Test
    void refuses_dates_before_scheduling_twice_the_same_day_or_scheduling_in_the_future() {
        EstimateDraft draft = new EstimateDraft(EstimateFixtures.MEMBER, EstimateFixtures.NPI, List.of(),
                List.of(new PlannedService("97124", 2, 1, null)),
                List.of(LocalDate.of(2026, 2, 19), EstimateFixtures.FIRST_SESSION, EstimateFixtures.FIRST_SESSION),
                Trigger.scheduledOn(EstimateFixtures.SCHEDULED_ON));
        EstimateDraft future = new EstimateDraft(EstimateFixtures.MEMBER, EstimateFixtures.NPI, List.of(),
                List.of(new PlannedService("97124", 2, 1, null)), List.of(LocalDate.of(2026, 3, 10)),
                Trigger.requestedOn(EstimateFixtures.ISSUED_ON.plusDays(1)));

        assertThat(fields(draft)).containsExactly("scheduledDates[0]", "scheduledDates[2]");
        assertThat(fields(future)).containsExactly("requestedOn");
    }

    @Test
    void refuses_more_sessions_than_dates_a_code_twice_and_a_usual_charge_below_the_cash_rate() {
        EstimateDraft draft = withServices(List.of(new PlannedService("97124", 2, 13, null),
                new PlannedService("97140", 1, 1, new BigDecimal("28.49")),
                new PlannedService("97124", 1, 1, null)));

        assertThat(fields(draft)).containsExactly("services[0].sessions", "services[1].usualChargePerUnit",
                "services[2].procedureCode");
    }

    // DX-07 as at claim intake: M54.5 is a header from 2021-10-01, judged on the first session's date
    @Test
    void checks_the_diagnoses_on_the_date_of_the_first_session() {
        EstimateDraft draft = new EstimateDraft(EstimateFixtures.MEMBER, EstimateFixtures.NPI,
                List.of("M54.50", "M54.5"), EstimateFixtures.draft(false).services(),
                EstimateFixtures.draft(false).scheduledDates(), Trigger.scheduledOn(EstimateFixtures.SCHEDULED_ON));

        assertThat(problems(draft)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("diagnosisCodes[1]");
            assertThat(problem.rule()).startsWith("DX-");
        });
    }

    @Test
    void shows_a_diagnosis_written_without_its_dot_with_it() {
        EstimateDraft series = EstimateFixtures.draft(false);
        EstimateDraft draft = new EstimateDraft(series.memberId(), series.renderingProviderNpi(), List.of("M5450"),
                series.services(), series.scheduledDates(), series.trigger());

        assertThat(write(draft, EstimateFixtures.ISSUED_ON).diagnosisCodes()).containsExactly("M54.50");
    }

    private static GoodFaithEstimate write(EstimateDraft draft, LocalDate today) {
        return ((EstimateDecision.Written) INTAKE.write(UUID.randomUUID(), draft,
                Optional.of(EstimateFixtures.PROVIDER), Optional.of(EstimateFixtures.PATIENT), today)).estimate();
    }

    private static EstimateDraft withServices(List<PlannedService> services) {
        EstimateDraft series = EstimateFixtures.draft(false);
        return new EstimateDraft(series.memberId(), series.renderingProviderNpi(), series.diagnosisCodes(), services,
                series.scheduledDates(), series.trigger());
    }

    private static EstimateDraft withDates(List<LocalDate> dates) {
        EstimateDraft series = EstimateFixtures.draft(false);
        return new EstimateDraft(series.memberId(), series.renderingProviderNpi(), series.diagnosisCodes(),
                List.of(new PlannedService("97124", 2, 1, null)), dates, series.trigger());
    }

    private static List<FieldProblem> problems(EstimateDraft draft) {
        EstimateDecision decision = EstimateFixtures.write(draft);
        return decision instanceof EstimateDecision.Refused refused ? refused.problems() : List.of();
    }

    private static List<String> fields(EstimateDraft draft) {
        return fields(EstimateFixtures.write(draft));
    }

    private static List<String> fields(EstimateDecision decision) {
        return decision instanceof EstimateDecision.Refused refused
                ? refused.problems().stream().map(FieldProblem::field).toList() : List.of();
    }
}
