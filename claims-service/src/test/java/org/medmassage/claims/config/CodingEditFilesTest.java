package org.medmassage.claims.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmassage.claims.coding.CodingEdits;

/** medmassage.claims.ncci.ptp-files and medmassage.claims.mue-files: the samples by default, else the files listed. */
class CodingEditFilesTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);

    @TempDir
    Path dir;

    @Test
    void the_default_locations_load_the_shipped_samples() {
        CodingEdits edits = new CodingEditFiles().codingEdits("classpath:coding/ncci-ptp-sample.tsv",
                "classpath:coding/mue-sample.tsv");

        assertThat(edits.pairs().size()).isEqualTo(14);
        assertThat(edits.unitsPerDay().limitOf("97124")).isPresent();
    }

    @Test
    void quarterly_cms_files_given_as_plain_paths_and_a_pattern_replace_the_samples() throws Exception {
        write("ccipra-v321r0-f1.txt", "CPT codes copyright AMA\nColumn 1\tColumn 2\t*\tEffective\tDeletion\tModifier\n"
                + "97124\t97140\t\t20010101\t*\t1\tMutually exclusive procedures\n");
        write("ccipra-v321r0-f2.txt", "97530\t97750\t\t20010101\t*\t0\tStandards of practice\n");
        Path mue = write("mue.txt", "HCPCS/CPT Code\tMUE\tMAI\n97140\t6\t2 Date of Service Edit: Policy\n");

        CodingEdits edits = new CodingEditFiles().codingEdits("file:" + dir + "/ccipra-*.txt", mue.toString());

        assertThat(edits.pairs().size()).isEqualTo(2);
        assertThat(edits.pairs().inForce("97124", "97140", DOS)).isPresent();
        assertThat(edits.pairs().inForce("97140", "97530", DOS)).isEmpty();
        assertThat(edits.unitsPerDay().limitOf("97140")).isPresent();
        assertThat(edits.unitsPerDay().limitOf("97124")).isEmpty();
    }

    @Test
    void an_empty_list_turns_the_edits_off_and_a_missing_file_stops_the_start_up() {
        CodingEdits none = new CodingEditFiles().codingEdits("", " ");

        assertThat(none.pairs().size()).isZero();
        assertThat(none.unitsPerDay().size()).isZero();
        assertThatThrownBy(() -> new CodingEditFiles().codingEdits(dir.resolve("absent.txt").toString(), ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.txt");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }
}
