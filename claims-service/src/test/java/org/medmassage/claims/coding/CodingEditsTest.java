package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RULEBOOK §5.2 step 0 "NCCI/MUE": pairs first, then units per day on the lines still standing; one denial a line. */
class CodingEditsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    private final CodingEdits edits = new CodingEdits(
            new ProcedurePairEdits(List.of(new ProcedurePairEdit("97140", "97530", LocalDate.of(1996, 1, 1), null,
                    ModifierIndicator.ALLOWED))),
            new MedicallyUnlikelyEdits(List.of(new UnitsPerDayLimit("97530", 2,
                    UnitsPerDayLimit.Adjudication.LINE))));

    @Test
    void a_line_both_edits_deny_carries_the_pair_edit() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, "97140", 1), line(2, "97530", 3)), Set.of());

        assertThat(denied).extracting(edit -> edit.lineNumber() + " " + edit.rejection().code())
                .containsExactly("2 CO-236");
    }

    @Test
    void a_line_already_denied_keeps_its_denial_and_still_counts_as_column_1() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(line(1, "97140", 1), line(2, "97530", 1),
                line(3, "97530", 3)), Set.of(1, 2));

        assertThat(denied).extracting(edit -> edit.lineNumber() + " " + edit.rejection().code())
                .containsExactly("3 CO-236");
    }

    @Test
    void lines_are_answered_in_line_order() {
        CodingEdits both = new CodingEdits(edits.pairs(), new MedicallyUnlikelyEdits(List.of(
                new UnitsPerDayLimit("97124", 4, UnitsPerDayLimit.Adjudication.LINE))));

        List<LineEdit> denied = both.deniedLines(DOS, List.of(line(1, "97124", 5), line(2, "97140", 1),
                line(3, "97530", 1)), Set.of());

        assertThat(denied).extracting(edit -> edit.lineNumber() + " " + edit.rejection().code())
                .containsExactly("1 CO-151", "3 CO-236");
    }

    private static BilledProcedure line(int number, String code, int units) {
        return new BilledProcedure(number, code, List.of("GP"), units);
    }
}
