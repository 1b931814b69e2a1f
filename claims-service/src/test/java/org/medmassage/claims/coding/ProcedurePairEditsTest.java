package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** RULEBOOK §4.3, CPT-03 and CPT-04 on one claim's lines, from edits given as data. */
class ProcedurePairEditsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private static final LocalDate NCCI_START = LocalDate.of(1996, 1, 1);

    private final ProcedurePairEdits edits = new ProcedurePairEdits(List.of(
            new ProcedurePairEdit("97140", "97530", NCCI_START, null, ModifierIndicator.ALLOWED),
            new ProcedurePairEdit("98940", "97124", NCCI_START, null, ModifierIndicator.NOT_ALLOWED),
            new ProcedurePairEdit("97012", "97140", LocalDate.of(2026, 4, 1), null, ModifierIndicator.ALLOWED),
            new ProcedurePairEdit("97112", "97110", NCCI_START, LocalDate.of(2026, 3, 10), ModifierIndicator.ALLOWED),
            new ProcedurePairEdit("97530", "97161", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                    ModifierIndicator.NOT_APPLICABLE)));

    /** Line 1 then line 2, each "code" or "code-modifier-modifier"; the expected denial of line 2 or none. */
    static Stream<Arguments> rulebookCases() {
        return Stream.of(
                Arguments.of("97140 + 97530 without 59: 97530 (column 2) denied", "97140-GP", "97530-GP",
                        "CO-236/N20"),
                Arguments.of("59 on the column-2 line: both paid", "97140-GP", "97530-GP-59", null),
                Arguments.of("XS on the column-2 line: both paid", "97140", "97530-XS", null),
                Arguments.of("XE, XP, XU bypass too", "97140", "97530-XU", null),
                Arguments.of("a modifier written in lower case still counts", "97140", "97530-xp", null),
                Arguments.of("GP is not an NCCI-associated modifier", "97140-GP", "97530-GP-KX", "CO-236/N20"),
                Arguments.of("CPT-04: 59 on column 1 does not bypass, 97530 still denied", "97140-59", "97530",
                        "CO-236/N20"),
                Arguments.of("indicator 0 with 59 on column 2: still denied", "98940", "97124-59", "CO-97/N19"),
                Arguments.of("indicator 0 without modifier: denied", "98940", "97124", "CO-97/N19"),
                Arguments.of("an edit not yet effective (2026-04-01) does not apply", "97012", "97140", null),
                Arguments.of("an edit deleted on the date of service does not apply", "97112", "97110", null),
                Arguments.of("indicator 9 (deleted) never applies", "97530", "97161", null),
                Arguments.of("codes with no edit both go on", "97124", "97140", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulebookCases")
    void denies_the_column_2_line_unless_the_edit_is_bypassed_CPT_03_CPT_04(String example, String first,
            String second, String expected) {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, first), line(2, second)));

        if (expected == null) {
            assertThat(denied).isEmpty();
        } else {
            assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(2);
            CodedRejection rejection = denied.get(0).rejection();
            assertThat(rejection.group()).isEqualTo(AdjustmentGroup.CO);
            assertThat(rejection.code() + "/" + rejection.rarc()).isEqualTo(expected);
        }
    }

    @Test
    void the_column_2_line_is_denied_whichever_line_comes_first() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, "97530-GP"), line(2, "97140-GP")));

        assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(1);
        assertThat(denied.get(0).rejection().reason()).isEqualTo("97530 on 2026-03-10 is not payable with 97140"
                + " (NCCI edit 97140/97530, modifier indicator 1): append 59, XE, XS, XP or XU to 97530 only if"
                + " documentation shows a distinct region or time block");
    }

    @Test
    void a_modifier_on_column_1_is_named_as_misplaced_CPT_04() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, "97140-GP-59"), line(2, "97530-GP")));

        assertThat(denied.get(0).rejection().reason()).endsWith("; modifier 59 on 97140 does not bypass it"
                + " (CPT-04: it belongs on the column-2 code)");
    }

    @Test
    void indicator_0_says_the_service_is_included_in_the_other() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, "98940"), line(2, "97124-59")));

        assertThat(denied.get(0).rejection().reason()).isEqualTo("97124 on 2026-03-10 is included in 98940"
                + " (NCCI edit 98940/97124, modifier indicator 0: no modifier bypasses it)");
    }

    @Test
    void a_pair_applies_from_its_effective_date_up_to_the_day_before_its_deletion() {
        List<BilledProcedure> traction = List.of(line(1, "97012"), line(2, "97140"));
        List<BilledProcedure> exercise = List.of(line(1, "97112"), line(2, "97110"));

        assertThat(edits.deniedLines(LocalDate.of(2026, 3, 31), traction)).isEmpty();
        assertThat(edits.deniedLines(LocalDate.of(2026, 4, 1), traction)).hasSize(1);
        assertThat(edits.deniedLines(LocalDate.of(2026, 3, 9), exercise)).hasSize(1);
        assertThat(edits.deniedLines(LocalDate.of(2026, 3, 10), exercise)).isEmpty();
    }

    @Test
    void x_modifiers_bypass_only_from_2015_when_they_were_created() {
        List<BilledProcedure> lines = List.of(line(1, "97140"), line(2, "97530-XS"));

        assertThat(edits.deniedLines(LocalDate.of(2014, 12, 31), lines)).hasSize(1);
        assertThat(edits.deniedLines(LocalDate.of(2015, 1, 1), lines)).isEmpty();
        assertThat(edits.deniedLines(LocalDate.of(2014, 12, 31), List.of(line(1, "97140"), line(2, "97530-59"))))
                .isEmpty();
    }

    @Test
    void a_line_denied_by_two_column_1_codes_is_denied_once() {
        ProcedurePairEdits twoColumn1 = new ProcedurePairEdits(List.of(
                new ProcedurePairEdit("98940", "97140", NCCI_START, null, ModifierIndicator.ALLOWED),
                new ProcedurePairEdit("97012", "97140", NCCI_START, null, ModifierIndicator.ALLOWED)));

        List<LineEdit> denied = twoColumn1.deniedLines(DOS, List.of(line(1, "98940"), line(2, "97012"),
                line(3, "97140")));

        assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(3);
    }

    @Test
    void no_edits_deny_nothing() {
        assertThat(ProcedurePairEdits.none().deniedLines(DOS, List.of(line(1, "97140"), line(2, "97530"))))
                .isEmpty();
    }

    static BilledProcedure line(int number, String codeAndModifiers) {
        List<String> parts = Arrays.asList(codeAndModifiers.split("-"));
        return new BilledProcedure(number, parts.get(0), parts.subList(1, parts.size()), 1);
    }
}
