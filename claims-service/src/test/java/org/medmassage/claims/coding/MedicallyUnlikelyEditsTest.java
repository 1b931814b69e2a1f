package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/** MN-08: units of a code on one date above its medically unlikely edit, denied CO-151 N362 line by line. */
class MedicallyUnlikelyEditsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    private final MedicallyUnlikelyEdits edits = new MedicallyUnlikelyEdits(List.of(
            new UnitsPerDayLimit("97124", 4, UnitsPerDayLimit.Adjudication.DATE_OF_SERVICE_POLICY),
            new UnitsPerDayLimit("97140", 2, UnitsPerDayLimit.Adjudication.LINE)));

    @Test
    void units_above_the_cap_deny_the_whole_line_CO_151_N362() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(units(1, "97124", 5)));

        assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(1);
        CodedRejection rejection = denied.get(0).rejection();
        assertThat(rejection).isEqualTo(new CodedRejection(AdjustmentGroup.CO, "151", "N362",
                "97124 x5 on 2026-03-10, above the medically unlikely edit of 4 units per day (MN-08)"));
    }

    @Test
    void units_at_the_cap_go_on() {
        assertThat(edits.deniedLines(DOS, List.of(units(1, "97124", 4), units(2, "97140", 2)))).isEmpty();
    }

    @Test
    void a_date_of_service_cap_sums_the_lines_of_the_code_and_denies_the_line_that_passes_it() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(units(1, "97124", 3), units(2, "97140", 1),
                units(3, "97124", 2), units(4, "97124", 1)));

        assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(3);
        assertThat(denied.get(0).rejection().reason()).startsWith("this line brings 97124 to 5 units on 2026-03-10");
    }

    @Test
    void a_per_line_cap_holds_each_line_on_its_own() {
        List<LineEdit> denied = edits.deniedLines(DOS, List.of(units(1, "97140", 2), units(2, "97140", 2),
                units(3, "97140", 3)));

        assertThat(denied).extracting(LineEdit::lineNumber).containsExactly(3);
    }

    @Test
    void a_code_without_a_cap_is_not_limited() {
        assertThat(edits.deniedLines(DOS, List.of(units(1, "97110", 12)))).isEmpty();
    }

    @Test
    void two_different_caps_for_one_code_are_refused() {
        assertThatThrownBy(() -> new MedicallyUnlikelyEdits(List.of(
                new UnitsPerDayLimit("97124", 4, UnitsPerDayLimit.Adjudication.LINE),
                new UnitsPerDayLimit("97124", 6, UnitsPerDayLimit.Adjudication.LINE))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("97124");
    }

    private static BilledProcedure units(int line, String code, int units) {
        return new BilledProcedure(line, code, List.of("GP"), units);
    }
}
