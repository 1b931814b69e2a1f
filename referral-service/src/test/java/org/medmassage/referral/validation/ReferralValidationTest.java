package org.medmassage.referral.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.medmassage.referral.fixtures.Submissions.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.fixtures.Submissions;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;

/** MN-02, MN-03, MN-04, MN-07, DX-01…DX-08 on a referral, every problem at once. */
class ReferralValidationTest {

    private final ReferralValidation validation = new ReferralValidation(ReferralRules.defaults(), IcdCodeSet.standard());

    @Test
    void records_the_story_referral_valid_for_42_days() {
        ValidationOutcome outcome = validation.validate(Submissions.story().build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Accepted.class, accepted -> {
            assertThat(accepted.window())
                    .isEqualTo(new ValidityWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 12)));
            assertThat(accepted.recordAs(new ReferralId("R-1")).status()).isEqualTo(ReferralStatus.ACTIVE);
        });
    }

    @Test
    void normalises_codes_and_prescriber_type() {
        ValidationOutcome outcome = validation.validate(Submissions.story().memberId(" M-1 ")
                .prescriber(" 1245319599 ", " Dr. Grace Hopper ", "do").diagnosisCodes("m5450", "M62.830").build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Accepted.class, accepted -> {
            assertThat(accepted.memberId()).isEqualTo("M-1");
            assertThat(accepted.prescriber()).isEqualTo(new Prescriber("1245319599", "Dr. Grace Hopper", "DO"));
            assertThat(accepted.diagnosisCodes()).containsExactly("M54.50", "M62.830");
        });
    }

    static Stream<Arguments> acceptedVariations() {
        return Stream.of(
                arguments("a generic PHYSICIAN type (MN-03)", with(s -> s.prescriberType("PHYSICIAN"))),
                arguments("a chiropractor (MN-03)", with(s -> s.prescriberType("dc"))),
                arguments("a podiatrist (MN-03)", with(s -> s.prescriberType("DPM"))),
                arguments("the second NPI of the rulebook", with(s -> s.npi("1245319599"))),
                arguments("M54.5 written on 2021-09-30 (DX-07)", with(s -> s.diagnosisCodes("M54.5")
                        .issuedOn(LocalDate.of(2021, 9, 30)))),
                arguments("a wellness code beside a supporting one (MN-07)", with(s -> s.diagnosisCodes("Z73.3", "M54.50"))),
                arguments("massage only", with(s -> s.procedureCodes("97124"))),
                arguments("S13.4XXD whiplash, subsequent encounter", with(s -> s.diagnosisCodes("S134XXD"))));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("acceptedVariations")
    void accepts(String description, UnaryOperator<Submissions> variation) {
        assertThat(validation.validate(variation.apply(Submissions.story()).build(), TODAY))
                .isInstanceOf(ValidationOutcome.Accepted.class);
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                arguments(with(s -> s.memberId(null)), "memberId", "MN-02", true),
                arguments(with(s -> s.memberId("  ")), "memberId", "MN-02", true),
                arguments(with(Submissions::noPrescriber), "prescriber", "MN-02", true),
                arguments(with(s -> s.npi(null)), "prescriber.npi", "MN-02", true),
                arguments(with(s -> s.npi("1234567890")), "prescriber.npi", "MN-02", false),
                arguments(with(s -> s.npi("12345")), "prescriber.npi", "MN-02", false),
                arguments(with(s -> s.prescriberName("")), "prescriber.name", "MN-02", true),
                arguments(with(s -> s.prescriberType(null)), "prescriber.type", "MN-02", true),
                arguments(with(s -> s.prescriberType("LMT")), "prescriber.type", "MN-03", false),
                arguments(with(s -> s.diagnosisCodes()), "diagnosisCodes", "MN-02", true),
                arguments(with(s -> s.diagnosisCodes((String[]) null)), "diagnosisCodes", "MN-02", true),
                arguments(with(s -> s.diagnosisCodes("M54.5")), "diagnosisCodes[0]", "DX-08", false),
                arguments(with(s -> s.diagnosisCodes("M54.50", "M79.1")), "diagnosisCodes[1]", "DX-08", false),
                arguments(with(s -> s.diagnosisCodes("M54.50").issuedOn(LocalDate.of(2021, 9, 30))),
                        "diagnosisCodes[0]", "DX-07", false),
                arguments(with(s -> s.diagnosisCodes("S134A")), "diagnosisCodes[0]", "DX-04", false),
                arguments(with(s -> s.diagnosisCodes("M5.450")), "diagnosisCodes[0]", "DX-03", false),
                arguments(with(s -> s.diagnosisCodes((String) null)), "diagnosisCodes[0]", "DX-03", false),
                arguments(with(s -> s.diagnosisCodes("M54.7")), "diagnosisCodes[0]", "DX-02", false),
                arguments(with(s -> s.issuedOn(LocalDate.of(2015, 9, 30))), "diagnosisCodes[0]", "DX-01", false),
                arguments(with(s -> s.diagnosisCodes("M72.20").issuedOn(LocalDate.of(2026, 9, 15))),
                        "diagnosisCodes[0]", "DX-07", false),
                arguments(with(s -> s.diagnosisCodes("M72.2").issuedOn(LocalDate.of(2026, 10, 1))),
                        "diagnosisCodes[0]", "DX-08", false),
                arguments(with(s -> s.diagnosisCodes("S23.420A").issuedOn(LocalDate.of(2026, 10, 1))),
                        "diagnosisCodes[0]", "DX-07", false),
                arguments(with(s -> s.diagnosisCodes("Z73.3")), "diagnosisCodes", "MN-07", false),
                arguments(with(s -> s.diagnosisCodes("Z73.3", "R53.83", "Z00.00")), "diagnosisCodes", "MN-07", false),
                arguments(with(s -> s.procedureCodes()), "procedureCodes", "MN-02", true),
                arguments(with(s -> s.procedureCodes("97124", "97110")), "procedureCodes[1]", "MN-02", false),
                arguments(with(s -> s.sessions(null)), "sessions", "MN-02", true),
                arguments(with(s -> s.sessions(0)), "sessions", "MN-02", false),
                arguments(with(s -> s.durationWeeks(null)), "durationWeeks", "MN-02", true),
                arguments(with(s -> s.durationWeeks(-1)), "durationWeeks", "MN-02", false),
                arguments(with(s -> s.issuedOn(null)), "issuedOn", "MN-02", true),
                arguments(with(s -> s.issuedOn(TODAY.plusDays(1))), "issuedOn", "MN-02", false),
                arguments(with(s -> s.issuedOn(LocalDate.of(2027, 3, 2))), "issuedOn", "MN-02", false));
    }

    @ParameterizedTest(name = "[{index}] rejects {1} under {2}")
    @MethodSource("singleProblems")
    void rejects_naming_the_field_and_the_rule(UnaryOperator<Submissions> variation, String field, String rule,
                                               boolean incomplete) {
        ValidationOutcome outcome = validation.validate(variation.apply(Submissions.story()).build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Rejected.class, rejected -> {
            assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                    .containsExactly(tuple(field, rule));
            assertThat(rejected.incomplete()).isEqualTo(incomplete);
        });
    }

    @Test
    void m54_5_names_the_code_and_suggests_its_billable_children() {
        FieldProblem problem = onlyProblem(Submissions.story().diagnosisCodes("M54.5"));

        assertThat(problem.message())
                .isEqualTo("M54.5 is a category, not a billable code on 2026-03-02: use M54.50, M54.51 or M54.59");
    }

    @Test
    void a_bad_check_digit_says_which_digit_was_expected() {
        assertThat(onlyProblem(Submissions.story().npi("1234567890")).message())
                .isEqualTo("NPI 1234567890 fails its check digit (the 10th digit should be 3)");
    }

    @Test
    void a_date_written_after_today_is_refused_saying_so() {
        assertThat(onlyProblem(Submissions.story().issuedOn(LocalDate.of(2027, 3, 2))).message())
                .isEqualTo("issuedOn 2027-03-02 is after today, 2026-11-29: a referral cannot be written after the day "
                        + "it is received");
    }

    @Test
    void wellness_codes_alone_are_named_in_the_rejection() {
        assertThat(onlyProblem(Submissions.story().diagnosisCodes("Z733", "R53.83")).message())
                .isEqualTo("Z73.3, R53.83 do not establish medical necessity for massage (wellness diagnosis): "
                        + "add the diagnosis being treated");
    }

    @Test
    void lists_every_problem_at_once_in_field_order() {
        ValidationOutcome outcome = validation.validate(Submissions.story().npi("1234567890").prescriberType("LMT")
                .diagnosisCodes("M54.5", "S134A").sessions(null).build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Rejected.class, rejected -> {
            assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule).containsExactly(
                    tuple("prescriber.npi", "MN-02"),
                    tuple("prescriber.type", "MN-03"),
                    tuple("diagnosisCodes[0]", "DX-08"),
                    tuple("diagnosisCodes[1]", "DX-04"),
                    tuple("sessions", "MN-02"));
            assertThat(rejected.incomplete()).isTrue();
        });
    }

    @Test
    void without_the_date_written_the_codes_are_only_checked_for_shape() {
        ValidationOutcome outcome = validation.validate(Submissions.story().issuedOn(null)
                .diagnosisCodes("M54.5", "M5.45").build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Rejected.class, rejected ->
                assertThat(rejected.problems()).extracting(FieldProblem::field)
                        .containsExactly("diagnosisCodes[1]", "issuedOn"));
    }

    @Test
    void a_payer_may_configure_its_own_prescriber_types_services_and_maximum_age() {
        ReferralRules rules = new ReferralRules(Set.of("md"), Set.of("97124"), 30, WellnessRedFlags.defaults());
        ReferralValidation strict = new ReferralValidation(rules, IcdCodeSet.standard());

        assertThat(strict.validate(Submissions.story().prescriberType("DO").build(), TODAY))
                .isInstanceOf(ValidationOutcome.Rejected.class);
        assertThat(strict.validate(Submissions.story().procedureCodes("97124").build(), TODAY))
                .isInstanceOfSatisfying(ValidationOutcome.Accepted.class, accepted ->
                        assertThat(accepted.window().validTo()).isEqualTo(LocalDate.of(2026, 3, 31)));
    }

    private FieldProblem onlyProblem(Submissions submission) {
        ValidationOutcome.Rejected rejected = (ValidationOutcome.Rejected) validation.validate(submission.build(), TODAY);
        assertThat(rejected.problems()).hasSize(1);
        return rejected.problems().get(0);
    }

    private static UnaryOperator<Submissions> with(UnaryOperator<Submissions> variation) {
        return variation;
    }
}
