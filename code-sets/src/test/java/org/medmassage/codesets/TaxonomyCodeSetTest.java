package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 19 item 1: the NUCC provider taxonomies, the USPS state codes and the CARC/RARC list as data. */
class TaxonomyCodeSetTest {

    private final TaxonomyCodeSet taxonomies = TaxonomyCodeSet.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "225700000X|Massage Therapist",
            "225100000X|Physical Therapist",
            "2251X0800X|Orthopedic Physical Therapist",
            "225X00000X|Occupational Therapist",
            "111N00000X|Chiropractor",
            "207Q00000X|Family Medicine Physician",
            "208D00000X|General Practice Physician",
            "207R00000X|Internal Medicine Physician",
            "363L00000X|Nurse Practitioner",
            "363A00000X|Physician Assistant",
            "261QR0400X|Rehabilitation Clinic/Center"})
    void knows_the_nucc_display_name_of_each_practitioner_a_massage_claim_meets(String code, String displayName) {
        assertThat(taxonomies.find(code)).hasValueSatisfying(
                taxonomy -> assertThat(taxonomy.displayName()).isEqualTo(displayName));
    }

    @ParameterizedTest(name = "{0} is not in the set")
    @ValueSource(strings = {"225700000x", "999900000X", "2257", ""})
    void does_not_know_a_code_outside_the_set_nor_a_lower_case_one(String code) {
        assertThat(taxonomies.isKnown(code)).isFalse();
        assertThat(taxonomies.isKnown(null)).isFalse();
    }

    @Test
    void refuses_a_badly_shaped_or_repeated_code_when_loading() {
        assertThatThrownBy(() -> new TaxonomyCodeSet(List.of(new ProviderTaxonomy("SPA", "x", "Day spa"))))
                .hasMessageContaining("not a NUCC taxonomy code");
        var massage = new ProviderTaxonomy("225700000X", "x", "Massage Therapist");
        assertThatThrownBy(() -> new TaxonomyCodeSet(List.of(massage, massage))).hasMessageContaining("twice");
        assertThat(taxonomies.size()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"WA,Washington", "NY,New York", "DC,District of Columbia", "PR,Puerto Rico", "GU,Guam"})
    void knows_the_usps_code_of_every_state_dc_and_the_territories(String code, String name) {
        assertThat(UsStates.isKnown(code)).isTrue();
        assertThat(UsStates.name(code)).contains(name);
        assertThat(UsStates.count()).isEqualTo(56);
    }

    @ParameterizedTest(name = "{0} is no state")
    @ValueSource(strings = {"XX", "wa", "W", "WAS", "UK"})
    void refuses_what_is_not_a_usps_state_code(String code) {
        assertThat(UsStates.isKnown(code)).isFalse();
    }

    @Test
    void the_remittance_code_list_holds_the_provider_eligibility_codes_with_their_published_text() {
        assertThat(RemittanceCodeList.carc("185")).contains("Rendering provider not eligible to perform the service"
                + " billed");
        assertThat(RemittanceCodeList.rarc("N95")).contains("This provider type/provider specialty may not bill this"
                + " service");
        assertThat(RemittanceCodeList.rarc("N570")).contains("Missing/incomplete/invalid credentialing data");
        assertThat(RemittanceCodeList.rarc("N9999")).isEmpty();
    }
}
