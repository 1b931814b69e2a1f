package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULEBOOK §9 item 2, §2.3 header traps, DX-03/DX-04 placeholder X, for a date of service in FY2026. */
class IcdHeaderTrapsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 10);
    private final IcdCodeSet codeSet = IcdCodeSet.standard();

    @ParameterizedTest(name = "{0} is a header; use {1}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.5  | M54.50 M54.51 M54.59
            M79.1  | M79.10 M79.11 M79.12 M79.18
            M62.83 | M62.830 M62.831 M62.838
            M51.36 | M51.360 M51.361 M51.362 M51.369
            G44.2  | G44.201 G44.209 G44.211 G44.219 G44.221 G44.229
            G44.20 | G44.201 G44.209
            R51    | R51.0 R51.9
            M25.51 | M25.511 M25.512 M25.519
            G89.2  | G89.21 G89.22 G89.28 G89.29
            S134   | S13.4XXA S13.4XXD S13.4XXS
            S16.1  | S16.1XXA S16.1XXD S16.1XXS
            S33.5  | S33.5XXA S33.5XXD S33.5XXS
            S39.012| S39.012A S39.012D S39.012S
            """)
    void rejects_a_header_code_and_lists_the_billable_codes_under_it(String code, String children) {
        IcdValidity result = codeSet.check(code, DOS);

        assertThat(result).isInstanceOfSatisfying(IcdValidity.Header.class, header -> assertThat(header.children())
                .extracting(IcdCode::dotted).containsExactly(children.split(" ")));
        assertThat(result.message()).contains("is a category, not a billable code on 2026-03-10: use");
    }

    @ParameterizedTest(name = "on 2019-11-04 (FY2020, known-changes table) {0} is a header; use {1}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.5  | M54.5 is billable then
            M62.83 | M62.830 M62.838
            G44.2  | G44.201 G44.209 G44.211 G44.219 G44.221 G44.229
            G44.20 | G44.201 G44.209
            R51    | R51 is billable then
            M25.51 | M25.511 M25.512 M25.519
            G89.2  | G89.21 G89.22 G89.28 G89.29
            S13.4  | S13.4XXA S13.4XXD S13.4XXS
            S16.1  | S16.1XXA S16.1XXD S16.1XXS
            S33.5  | S33.5XXA S33.5XXD S33.5XXS
            S39.012| S39.012A S39.012D S39.012S
            """)
    void knows_the_section_2_3_header_traps_before_fy2026(String code, String children) {
        IcdValidity result = codeSet.check(code, LocalDate.of(2019, 11, 4));

        if (children.endsWith("billable then")) {
            assertThat(result.isBillable()).isTrue();
            return;
        }
        assertThat(result).isInstanceOfSatisfying(IcdValidity.Header.class, header -> assertThat(header.children())
                .extracting(IcdCode::dotted).containsExactly(children.split(" ")));
        assertThat(result.rule()).isEqualTo("DX-08");
    }

    @ParameterizedTest(name = "{0} is billable on 2019-11-04")
    @CsvSource({"S134XXD", "S39.012D", "G44.209", "M62.830", "M25.511", "G89.29"})
    void knows_the_billable_children_of_the_traps_before_fy2026(String code) {
        assertThat(codeSet.check(code, LocalDate.of(2019, 11, 4)).isBillable()).isTrue();
    }

    @ParameterizedTest(name = "{0} is billable")
    @CsvSource({"S134XXD", "S13.4XXD", "S134XXA", "S39.012D", "M62.830", "G44.209", "R51.9", "M79.7", "m54.50", "' M54.50 '"})
    void accepts_a_billable_leaf_with_or_without_dot(String code) {
        assertThat(codeSet.check(code, DOS).isBillable()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S134A  | S13.4XXA
            S134D  | S13.4XXD
            S13.4D | S13.4XXD
            S134XD | S13.4XXD
            S161D  | S16.1XXD
            """)
    void rejects_a_7th_character_without_its_x_placeholders(String code, String meant) {
        IcdValidity result = codeSet.check(code, DOS);

        assertThat(result).isInstanceOf(IcdValidity.MalformedCode.class);
        assertThat(result.rule()).isEqualTo("DX-04");
        assertThat(result.message()).endsWith(meant);
    }

    @ParameterizedTest(name = "''{0}'' is malformed")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            5450
            M5
            M54.
            M5.450
            .M545
            M54.50.1
            M54-50
            M545000X
            M54 50
            """)
    void rejects_text_not_shaped_like_an_icd10cm_code(String code) {
        IcdValidity result = codeSet.check(code, DOS);

        assertThat(result).isInstanceOf(IcdValidity.MalformedCode.class);
        assertThat(result.rule()).isEqualTo("DX-03");
    }

    @ParameterizedTest(name = "a null code is malformed")
    @org.junit.jupiter.params.provider.NullSource
    void rejects_a_missing_code(String code) {
        assertThat(codeSet.check(code, DOS)).isInstanceOf(IcdValidity.MalformedCode.class);
    }

    @ParameterizedTest(name = "a category with many children lists a few: {0}")
    @CsvSource("M54")
    void keeps_the_message_short_for_a_wide_category(String code) {
        IcdValidity.Header header = (IcdValidity.Header) codeSet.check(code, DOS);

        assertThat(header.children()).hasSizeGreaterThan(6);
        assertThat(header.message()).contains("one of the " + header.children().size() + " billable codes under M54, e.g. ");
        assertThat(Arrays.asList(header.message().split(", "))).hasSizeLessThan(8);
    }
}
