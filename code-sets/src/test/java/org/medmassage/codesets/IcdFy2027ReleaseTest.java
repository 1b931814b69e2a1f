package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DX-01, DX-07, DX-08 across 2026-10-01: FY2027 is the FY2026 release with CMS's order addenda applied. */
class IcdFy2027ReleaseTest {

    private static final LocalDate LAST_DAY_OF_FY2026 = LocalDate.of(2026, 9, 30);
    private static final LocalDate TODAY_IN_FY2027 = LocalDate.of(2026, 12, 1);

    private final IcdCodeSet codeSet = IcdCodeSet.standard();
    private final IcdRelease fy2026 = codeSet.releaseOn(LAST_DAY_OF_FY2026).orElseThrow();
    private final IcdRelease fy2027 = codeSet.releaseOn(TODAY_IN_FY2027).orElseThrow();
    private final CmsOrderAddenda addenda = CmsOrderAddenda.parse(
            ClasspathData.lines("icd10cm_order_addenda_2027.txt", StandardCharsets.ISO_8859_1));

    @Test
    void fy2027_has_the_74879_billable_codes_cms_counts_at_the_end_of_its_addenda() {
        assertThat(fy2027.size()).isEqualTo(74_879);
        assertThat(addenda.summary()).get().isEqualTo(new CmsOrderAddenda.Summary(74_719, 74_879));
        assertThat(addenda.codes(CmsOrderAddenda.Action.ADD, true)).hasSize(190);
        assertThat(addenda.codes(CmsOrderAddenda.Action.DELETE, true)).hasSize(30);
        assertThat(List.of(fy2027.validFrom(), fy2027.validTo()))
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30));
    }

    @Test
    void codes_common_to_both_years_are_unchanged_and_only_the_addenda_differ() {
        Set<IcdCode> deleted = Set.copyOf(addenda.codes(CmsOrderAddenda.Action.DELETE, true));
        Set<IcdCode> added = Set.copyOf(addenda.codes(CmsOrderAddenda.Action.ADD, true));
        Set<String> fy2026Codes = new HashSet<>(ClasspathData.lines("icd10cm_codes_2026_codes_only.txt.gz"));

        for (String code : fy2026Codes) {
            IcdCode icd = IcdCode.of(code);
            assertThat(fy2027.isBillable(icd)).as("%s in FY2027", icd).isEqualTo(!deleted.contains(icd));
        }
        for (IcdCode code : added) {
            assertThat(fy2026.isBillable(code)).as("%s new in FY2027", code).isFalse();
            assertThat(fy2027.isBillable(code)).as("%s in FY2027", code).isTrue();
        }
    }

    @Test
    void m72_2_is_billable_through_2026_09_30_and_a_category_from_2026_10_01() {
        assertThat(codeSet.check("M72.2", LocalDate.of(2026, 9, 15)).isBillable()).isTrue();
        assertThat(codeSet.check("M72.2", LAST_DAY_OF_FY2026).isBillable()).isTrue();

        IcdValidity december = codeSet.check("M72.2", TODAY_IN_FY2027);
        assertThat(december.rule()).isEqualTo("DX-08");
        assertThat(december.message())
                .isEqualTo("M72.2 is a category, not a billable code on 2026-12-01: use M72.20, M72.21 or M72.22");
    }

    @Test
    void m72_20_before_fy2027_did_not_exist_and_names_the_code_to_use_then() {
        IcdValidity result = codeSet.check("M72.20", LocalDate.of(2026, 9, 15));

        assertThat(result.rule()).isEqualTo("DX-07");
        assertThat(result.message()).isEqualTo("M72.20 is not valid on 2026-09-15: it did not exist yet "
                + "(created on 2026-10-01, FY2027); on that date use M72.2");
    }

    @Test
    void a_code_retired_in_fy2027_names_the_codes_left_under_its_category() {
        IcdValidity result = codeSet.check("S23.420A", TODAY_IN_FY2027);

        assertThat(result.rule()).isEqualTo("DX-07");
        assertThat(result.message()).isEqualTo("S23.420A is not valid on 2026-12-01: it was deleted after 2026-09-30 "
                + "(last valid in FY2026); on that date use one of the 9 billable codes under S23.42, e.g. S23.421A, "
                + "S23.421D, S23.421S, S23.428A, S23.428D");
        assertThat(codeSet.check("S23.420A", LAST_DAY_OF_FY2026).isBillable()).isTrue();
    }

    @Test
    void the_plantar_fasciitis_codes_added_in_fy2027_are_known_from_2026_10_01() {
        assertThat(codeSet.check("M67.A01", TODAY_IN_FY2027).isBillable()).isTrue();
        assertThat(codeSet.check("M67.A0", TODAY_IN_FY2027).message())
                .isEqualTo("M67.A0 is a category, not a billable code on 2026-12-01: use M67.A01, M67.A02 or M67.A09");
        assertThat(codeSet.check("M67.A02", LAST_DAY_OF_FY2026).rule()).isEqualTo("DX-07");
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.50   | 2026-09-30 | ''    | M54.50 is billable
            M54.50   | 2026-12-06 | ''    | M54.50 is billable
            M54.5    | 2026-09-30 | DX-08 | use M54.50, M54.51 or M54.59
            M54.5    | 2026-12-06 | DX-08 | use M54.50, M54.51 or M54.59
            S134A    | 2026-09-30 | DX-04 | S13.4XXA
            S13.4A   | 2026-12-06 | DX-04 | S13.4XXA
            Z68.1    | 2026-09-30 | ''    | Z68.1 is billable
            Z68.1    | 2026-12-06 | DX-08 | use Z68.18 or Z68.19
            Z68.18   | 2026-09-30 | DX-07 | created on 2026-10-01, FY2027); on that date use Z68.1
            T52.8X1A | 2026-12-06 | DX-07 | deleted after 2026-09-30 (last valid in FY2026)
            M54.7    | 2026-12-06 | DX-02 | not an ICD-10-CM code in FY2027
            M54.50   | 2027-09-30 | ''    | M54.50 is billable
            """)
    void answers_each_trap_on_both_sides_of_2026_10_01(String code, LocalDate date, String rule, String message) {
        IcdValidity result = codeSet.check(code, date);

        assertThat(result.rule()).isEqualTo(rule);
        assertThat(result.message()).contains(message);
    }

    @Test
    void beyond_the_last_loaded_release_every_code_is_refused_naming_the_release_to_load() {
        IcdValidity result = codeSet.check("M54.50", LocalDate.of(2027, 10, 1));

        assertThat(result).isInstanceOf(IcdValidity.NoRelease.class);
        assertThat(result.rule()).isEqualTo("DX-01");
        assertThat(result.message()).isEqualTo("no ICD-10-CM release for FY2028 is loaded, so M54.50 cannot be confirmed "
                + "for 2027-10-01: the loaded releases end with FY2027 on 2027-09-30; load CMS's FY2028 release (its "
                + "order addenda, in code-sets' icd10cm_releases.tsv)");
    }

    @Test
    void titles_of_codes_added_or_retitled_come_from_the_addenda() {
        IcdTitles titles = IcdTitles.standard();

        assertThat(titles.title("M72.20")).contains("Plantar fascial fibromatosis, unspecified foot");
        assertThat(titles.title("M67.A01")).contains("Plantar fasciitis, right foot");
        assertThat(titles.title("L02.232")).contains("Carbuncle of back [any part, except buttock and flank]");
        assertThat(titles.title("M54.50")).contains("Low back pain, unspecified");
    }
}
