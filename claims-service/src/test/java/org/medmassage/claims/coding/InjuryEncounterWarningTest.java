package org.medmassage.claims.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DX-05: an injury's initial encounter (7th character A) on a massage line is a warning, remark M76. */
class InjuryEncounterWarningTest {

    private final InjuryEncounterWarning warning = new InjuryEncounterWarning();

    @ParameterizedTest(name = "{0} ⇒ {1}")
    @CsvSource(delimiter = ';', nullValues = "none", value = {
            "S39.012A;          M76",   // low back muscle strain, initial encounter
            "S39.012D;          none",  // the same strain, subsequent encounter: what rehab visits bill
            "S39.012S;          none",  // sequela
            "M62.830;           none",  // muscle spasm of back: not an injury code
            "T14.8XXA;          M76",   // a T-code (Chapter 19 runs S00–T88) at its initial encounter
            "S13.4XXA;          M76",   // whiplash, initial encounter, placeholders X
            "S134XXA;           M76",   // stored without the dot (decision 0008)
            "M54.50;            none",  // low back pain
            "M54.50,S39.012A;   M76",   // one injury A among the line's diagnoses is enough
            "M54.50,S39.012D;   none"})
    void warns_of_an_injury_billed_as_its_initial_encounter(String diagnoses, String remark) {
        List<String> codes = Arrays.stream(diagnoses.split(",")).map(String::strip).toList();

        assertThat(warning.remark(codes).orElse(null)).isEqualTo(remark);
    }
}
