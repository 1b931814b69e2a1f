package org.medmassage.referral.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.medmassage.referral.fixtures.Submissions.TODAY;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.referral.fixtures.Submissions;

/**
 * Issue 3 rules on a whole referral, one table per rule: RULEBOOK §9 item 1 (date of service) and item 2 (header
 * traps, placeholder X) as rows; MN-02 no date written after today; DX-05 warnings; MN-03 self-referral; MN-05 both
 * limits; input sizes.
 */
class ReferralRulesTableTest {

    private final ReferralValidation validation = new ReferralValidation(ReferralRules.defaults(), IcdCodeSet.standard());

    @ParameterizedTest(name = "§9.1: {0} written on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.5  | 2021-10-01 | DX-08
            M54.5  | 2021-09-30 | accepted
            M54.50 | 2026-03-10 | accepted
            M54.50 | 2021-09-30 | DX-07
            M54.5  | 2026-03-02 | DX-08
            """)
    void rulebook_9_1_decides_a_code_by_the_date_written(String code, LocalDate writtenOn, String expected) {
        assertOutcome(Submissions.story().diagnosisCodes(code).issuedOn(writtenOn), expected);
    }

    // Today itself is a date the prescriber could have signed on; a typo a year ahead names only issuedOn, not DX-01
    // for a fiscal year whose code set is not loaded.
    @ParameterizedTest(name = "received {0}, written {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-10 | 2026-03-02 | accepted
            2026-03-10 | 2026-03-10 | accepted
            2026-03-10 | 2026-03-11 | MN-02
            2026-03-10 | 2027-03-02 | MN-02
            2026-09-30 | 2026-09-30 | accepted
            2026-09-30 | 2026-10-01 | MN-02
            """)
    void refuses_a_referral_issued_after_today_naming_issuedOn(LocalDate today, LocalDate issuedOn, String expected) {
        var outcome = validation.validate(Submissions.story().issuedOn(issuedOn).build(), today);

        if (expected.equals("accepted")) {
            assertThat(outcome).isInstanceOf(ValidationOutcome.Accepted.class);
        } else {
            assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Rejected.class, rejected -> {
                assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(tuple("issuedOn", expected));
                assertThat(rejected.incomplete()).isFalse();
            });
        }
    }

    @ParameterizedTest(name = "§9.2: {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            M79.1   | DX-08
            M62.83  | DX-08
            M51.36  | DX-08
            G44.2   | DX-08
            R51     | DX-08
            M25.51  | DX-08
            S134    | DX-08
            S134XXD | accepted
            S134D   | DX-04
            S13.4XXD| accepted
            """)
    void rulebook_9_2_refuses_header_codes_and_a_7th_character_without_placeholders(String code, String expected) {
        assertOutcome(Submissions.story().diagnosisCodes(code).issuedOn(LocalDate.of(2026, 3, 10)), expected);
    }

    @ParameterizedTest(name = "DX-05: {0} → warnings {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S13.4XXA | diagnosisCodes[0]
            S134XXA  | diagnosisCodes[0]
            S39.012A | diagnosisCodes[0]
            S13.4XXD | none
            S13.4XXS | none
            M54.50   | none
            """)
    void dx_05_warns_but_accepts_an_initial_encounter_injury_code(String code, String warnedField) {
        var outcome = validation.validate(Submissions.story().diagnosisCodes("M54.50", code).build(), TODAY);

        assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Accepted.class, accepted -> {
            if (warnedField.equals("none")) {
                assertThat(accepted.warnings()).isEmpty();
            } else {
                assertThat(accepted.warnings()).extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(tuple("diagnosisCodes[1]", "DX-05"));
                assertThat(accepted.warnings().get(0).message()).contains("subsequent encounter");
            }
        });
    }

    @Test
    void dx_05_suggests_the_subsequent_encounter_code() {
        var accepted = (ValidationOutcome.Accepted) validation.validate(Submissions.story().diagnosisCodes("S134XXA").build(), TODAY);

        assertThat(accepted.warnings().get(0).message()).isEqualTo("S13.4XXA is an initial-encounter (active treatment) "
                + "code; massage after the acute workup is normally a subsequent encounter, S13.4XXD");
    }

    @ParameterizedTest(name = "MN-03: a {0} cannot refer")
    @CsvSource({"LMT", "lmt", "CMT", "LMBT", "Massage Therapist", "RMT"})
    void mn_03_a_massage_therapist_cannot_refer_themselves(String type) {
        var rejected = (ValidationOutcome.Rejected) validation.validate(Submissions.story().prescriberType(type).build(), TODAY);

        assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("prescriber.type", "MN-03"));
        assertThat(rejected.problems().get(0).message()).startsWith("a massage therapist (" + type + ") cannot refer");
    }

    @Test
    void mn_03_a_payer_cannot_configure_a_massage_therapist_as_prescriber() {
        assertThatThrownBy(() -> new ReferralRules(Set.of("MD", "LMT"), Set.of("97124"), 90, WellnessRedFlags.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MN-03");
    }

    @ParameterizedTest(name = "MN-05: {0} sessions over {1} weeks, max age {2} days → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            12  | 6  | 90 | accepted
            42  | 6  | 90 | accepted
            43  | 6  | 90 | MN-05
            30  | 2  | 90 | MN-05
            14  | 2  | 90 | accepted
            31  | 20 | 30 | MN-05
            30  | 20 | 30 | accepted
            """)
    void mn_05_sessions_must_fit_the_window_one_a_day(int sessions, int weeks, int maxAge, String expected) {
        ReferralValidation configured = new ReferralValidation(new ReferralRules(ReferralRules.DEFAULT_PRESCRIBER_TYPES,
                ReferralRules.DEFAULT_PROCEDURE_CODES, maxAge, WellnessRedFlags.defaults()), IcdCodeSet.standard());
        var outcome = configured.validate(Submissions.story().sessions(sessions).durationWeeks(weeks).build(), TODAY);

        if (expected.equals("accepted")) {
            assertThat(outcome).isInstanceOf(ValidationOutcome.Accepted.class);
        } else {
            assertThat(((ValidationOutcome.Rejected) outcome).problems())
                    .extracting(FieldProblem::field, FieldProblem::rule)
                    .containsExactly(tuple("sessions", expected));
        }
    }

    @Test
    void mn_04_warns_when_the_maximum_age_ends_the_referral_before_its_duration() {
        var accepted = (ValidationOutcome.Accepted) validation.validate(Submissions.story().durationWeeks(20).build(), TODAY);

        assertThat(accepted.window().validTo()).isEqualTo(LocalDate.of(2026, 5, 30));
        assertThat(accepted.warnings()).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("durationWeeks", "MN-04"));
        assertThat(accepted.warnings().get(0).message())
                .isEqualTo("20 weeks exceed the 90-day maximum referral age: the referral is valid until 2026-05-30");
    }

    @Test
    void ten_thousand_diagnosis_codes_are_one_problem_naming_the_list() {
        String[] codes = Collections.nCopies(10_000, "M54.50").toArray(String[]::new);
        var rejected = (ValidationOutcome.Rejected) validation.validate(Submissions.story().diagnosisCodes(codes).build(), TODAY);

        assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly(tuple("diagnosisCodes", "Size"));
        assertThat(rejected.problems().get(0).message()).isEqualTo("diagnosisCodes lists at most 12 entries, got 10000");
    }

    @Test
    void twelve_diagnosis_codes_are_accepted_like_an_837p_hi_segment() {
        String[] codes = {"M54.50", "M54.51", "M54.59", "M54.2", "M62.830", "M79.7", "M79.10", "M79.11", "M79.12",
                "M79.18", "G44.209", "R51.9"};
        assertThat(validation.validate(Submissions.story().diagnosisCodes(codes).build(), TODAY))
                .isInstanceOf(ValidationOutcome.Accepted.class);
    }

    @Test
    void too_many_procedure_codes_and_an_endless_name_are_refused_naming_the_field() {
        String[] procedures = Collections.nCopies(13, "97124").toArray(String[]::new);
        var rejected = (ValidationOutcome.Rejected) validation.validate(Submissions.story().procedureCodes(procedures)
                .prescriberName("x".repeat(201)).memberId("M".repeat(201)).build(), TODAY);

        assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule).containsExactly(
                tuple("memberId", "Size"), tuple("prescriber.name", "Size"), tuple("procedureCodes", "Size"));
    }

    @Test
    void unicode_names_are_accepted_as_written() {
        var accepted = (ValidationOutcome.Accepted) validation.validate(Submissions.story()
                .prescriber("1234567893", "Dr. Zoë Ñúñez-Łukasiewicz 李小龍 🩺", "MD").build(), TODAY);

        assertThat(accepted.prescriber().name()).isEqualTo("Dr. Zoë Ñúñez-Łukasiewicz 李小龍 🩺");
    }

    private void assertOutcome(Submissions submission, String expected) {
        var outcome = validation.validate(submission.build(), TODAY);
        if (expected.equals("accepted")) {
            assertThat(outcome).isInstanceOf(ValidationOutcome.Accepted.class);
        } else {
            assertThat(outcome).isInstanceOfSatisfying(ValidationOutcome.Rejected.class, rejected ->
                    assertThat(rejected.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                            .containsExactly(tuple("diagnosisCodes[0]", expected)));
        }
    }
}
