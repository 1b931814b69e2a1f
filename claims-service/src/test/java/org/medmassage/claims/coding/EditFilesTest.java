package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The coding edit files: CMS's layouts with their notice and title lines, and the samples claims-service ships. */
class EditFilesTest {

    @Test
    void reads_the_cms_practitioner_ptp_layout_skipping_notice_and_titles() {
        String cms = """
                CPT codes, descriptions and other data only are copyright 2025 American Medical Association.
                Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t\
                Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale
                97140\t97530\t\t20010101\t*\t1\tMutually exclusive procedures
                97530\t97161\t\t20200101\t20200101\t9\tStandards of medical / surgical practice
                98940\t97124\t*\t19960101\t*\t0\tMisuse of column two code with column one code

                """;

        ProcedurePairFile.Loaded loaded = ProcedurePairFile.read("ccipra-f1.txt", reader(cms));

        assertThat(loaded.edits()).containsExactly(
                new ProcedurePairEdit("97140", "97530", LocalDate.of(2001, 1, 1), null, ModifierIndicator.ALLOWED),
                new ProcedurePairEdit("97530", "97161", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                        ModifierIndicator.NOT_APPLICABLE),
                new ProcedurePairEdit("98940", "97124", LocalDate.of(1996, 1, 1), null,
                        ModifierIndicator.NOT_ALLOWED));
        assertThat(loaded.skippedLines()).isEqualTo(3);
    }

    @Test
    void reads_the_five_column_layout_and_a_csv_export() {
        String csv = """
                "Column 1","Column 2","Effective Date","Deletion Date","Modifier"
                "97012","97140","19960101","20251001","1"
                """;

        assertThat(ProcedurePairFile.read("export.csv", reader(csv)).edits()).containsExactly(
                new ProcedurePairEdit("97012", "97140", LocalDate.of(1996, 1, 1), LocalDate.of(2025, 10, 1),
                        ModifierIndicator.ALLOWED));
    }

    @Test
    void a_data_line_that_does_not_parse_stops_the_load_naming_file_and_line() {
        String broken = "Column 1\tColumn 2\n97140\t97530\t2001-13-01\t*\t1\n";

        assertThatThrownBy(() -> ProcedurePairFile.read("ptp.tsv", reader(broken)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ptp.tsv:2: ");
        assertThatThrownBy(() -> ProcedurePairFile.read("ptp.tsv", reader("97140\t97530\t20010101\t*\t2\n")))
                .hasMessageContaining("modifier indicator is 0, 1 or 9");
    }

    @Test
    void reads_the_cms_practitioner_mue_layout() {
        String cms = """
                CPT codes and descriptions only are copyright 2025 American Medical Association.
                HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale
                97124,4,"2 Date of Service Edit: Policy","Nature of Service/Procedure"
                G0283,1,1 Line Edit,Code Descriptor / CPT Instruction
                """;

        UnitsPerDayFile.Loaded loaded = UnitsPerDayFile.read("mue.csv", reader(cms));

        assertThat(loaded.limits()).containsExactly(
                new UnitsPerDayLimit("97124", 4, UnitsPerDayLimit.Adjudication.DATE_OF_SERVICE_POLICY),
                new UnitsPerDayLimit("G0283", 1, UnitsPerDayLimit.Adjudication.LINE));
        assertThat(loaded.skippedLines()).isEqualTo(2);
    }

    @Test
    void the_shipped_ptp_sample_holds_the_rulebooks_pairs_and_not_the_unverified_one() {
        ProcedurePairEdits sample = new ProcedurePairEdits(
                ProcedurePairFile.read("sample", resource("/coding/ncci-ptp-sample.tsv")).edits());
        LocalDate dos = LocalDate.of(2026, 3, 10);

        assertThat(sample.size()).isEqualTo(14);
        assertThat(sample.inForce("97140", "97530", dos)).hasValueSatisfying(
                edit -> assertThat(edit.indicator()).isEqualTo(ModifierIndicator.ALLOWED));
        assertThat(sample.inForce("97012", "97140", dos)).isPresent();
        for (String cmt : List.of("98940", "98941", "98942")) {
            for (String therapy : List.of("97140", "97124", "97112")) {
                assertThat(sample.inForce(cmt, therapy, dos)).as(cmt + "/" + therapy).isPresent();
            }
        }
        assertThat(sample.inForce("97124", "97140", dos)).isEmpty();
        assertThat(sample.inForce("97140", "97124", dos)).isEmpty();
        assertThat(sample.inForce("97530", "97161", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void the_shipped_mue_sample_caps_97124_at_four_units_a_day_MN_08() {
        MedicallyUnlikelyEdits sample = new MedicallyUnlikelyEdits(
                UnitsPerDayFile.read("sample", resource("/coding/mue-sample.tsv")).limits());

        assertThat(sample.limitOf("97124")).contains(
                new UnitsPerDayLimit("97124", 4, UnitsPerDayLimit.Adjudication.DATE_OF_SERVICE_POLICY));
        assertThat(sample.size()).isEqualTo(1);
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private static BufferedReader resource(String path) {
        return new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EditFilesTest.class.getResourceAsStream(path), path),
                StandardCharsets.ISO_8859_1));
    }
}
