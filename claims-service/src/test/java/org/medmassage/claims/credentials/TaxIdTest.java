package org.medmassage.claims.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"12-3456789", "123456789"})
    void reads_an_ein_with_or_without_its_hyphen_and_writes_it_NN_NNNNNNN(String written) {
        TaxId taxId = TaxId.parse(written).orElseThrow();

        assertThat(taxId.digits()).isEqualTo("123456789");
        assertThat(taxId.formatted()).isEqualTo("12-3456789");
        assertThat(written).matches(TaxId.PATTERN);
    }

    @Test
    void no_text_is_no_tax_id_and_anything_but_nine_digits_is_refused() {
        assertThat(TaxId.parse(null)).isEmpty();
        assertThat("12-34567").doesNotMatch(TaxId.PATTERN);
        assertThat("1-23456789").doesNotMatch(TaxId.PATTERN);
        assertThatThrownBy(() -> new TaxId("12345678")).isInstanceOf(IllegalArgumentException.class);
    }
}
