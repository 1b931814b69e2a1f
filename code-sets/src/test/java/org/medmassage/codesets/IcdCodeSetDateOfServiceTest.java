package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULEBOOK §9 item 1 and DX-01/DX-07/DX-08: validity is decided by the date of service. */
class IcdCodeSetDateOfServiceTest {

    private final IcdCodeSet codeSet = IcdCodeSet.standard();

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            M54.5  | 2021-09-30 | Billable
            M545   | 2021-09-30 | Billable
            M54.5  | 2021-10-01 | Header
            M54.5  | 2026-03-02 | Header
            M54.50 | 2026-03-10 | Billable
            M5450  | 2026-03-10 | Billable
            M54.50 | 2021-09-30 | NotValidOnDate
            M54.50 | 2021-10-01 | Billable
            M54.59 | 2025-10-01 | Billable
            M54.51 | 2026-09-30 | Billable
            R51    | 2020-09-30 | Billable
            R51    | 2020-10-01 | Header
            R51.9  | 2020-09-30 | NotValidOnDate
            M79.10 | 2022-10-01 | Billable
            M51.36 | 2024-09-30 | Billable
            M51.36 | 2024-10-01 | Header
            """)
    void decides_by_the_date_of_service_not_the_processing_date(String code, LocalDate dos, String expected) {
        assertThat(codeSet.check(code, dos).getClass().getSimpleName()).isEqualTo(expected);
    }

    @Test
    void m54_5_after_the_fy2022_split_names_its_billable_children() {
        IcdValidity result = codeSet.check("M54.5", LocalDate.of(2026, 3, 2));

        assertThat(result).isInstanceOfSatisfying(IcdValidity.Header.class, header -> assertThat(header.children())
                .extracting(IcdCode::dotted).containsExactly("M54.50", "M54.51", "M54.59"));
        assertThat(result.rule()).isEqualTo("DX-08");
        assertThat(result.message())
                .isEqualTo("M54.5 is a category, not a billable code on 2026-03-02: use M54.50, M54.51 or M54.59");
    }

    @Test
    void m54_5_on_the_first_day_of_fy2022_suggests_the_children_created_that_day() {
        IcdValidity result = codeSet.check("M545", LocalDate.of(2021, 10, 1));

        assertThat(result.message())
                .isEqualTo("M54.5 is a category, not a billable code on 2021-10-01: use M54.50, M54.51 or M54.59");
    }

    @Test
    void m54_50_the_day_before_it_was_created_is_not_valid_on_that_date() {
        IcdValidity result = codeSet.check("M54.50", LocalDate.of(2021, 9, 30));

        assertThat(result.rule()).isEqualTo("DX-07");
        assertThat(result.message()).isEqualTo(
                "M54.50 is not valid on 2021-09-30: it did not exist yet (created on 2021-10-01, FY2022)");
    }

    @ParameterizedTest(name = "{0} on {1}: no {2} release")
    @CsvSource(delimiter = '|', textBlock = """
            M54.50 | 2027-10-01 | FY2028
            M54.5  | 2027-10-01 | FY2028
            M79.7  | 2021-06-01 | FY2021
            M54.2  | 2023-03-01 | FY2023
            M54.5  | 2015-09-30 | FY2015
            """)
    void says_so_when_no_release_covers_the_date_instead_of_passing_the_code(String code, LocalDate dos, String fy) {
        IcdValidity result = codeSet.check(code, dos);

        assertThat(result).isInstanceOf(IcdValidity.NoRelease.class);
        assertThat(result.isBillable()).isFalse();
        assertThat(result.rule()).isEqualTo("DX-01");
        assertThat(result.message()).contains(fy).contains(dos.toString());
    }

    @Test
    void a_well_formed_code_absent_from_the_release_is_unknown() {
        IcdValidity result = codeSet.check("M54.7", LocalDate.of(2026, 3, 2));

        assertThat(result).isInstanceOf(IcdValidity.Unknown.class);
        assertThat(result.rule()).isEqualTo("DX-02");
        assertThat(result.message()).isEqualTo("M54.7 is not an ICD-10-CM code in FY2026 (date 2026-03-02)");
    }

    @Test
    void loads_every_billable_code_of_fy2026_and_fy2027() {
        assertThat(codeSet.releases()).extracting(IcdRelease::toString).containsExactly("FY2026", "FY2027");
        assertThat(codeSet.releaseOn(LocalDate.of(2026, 3, 2))).get().extracting(IcdRelease::size).isEqualTo(74_719);
        assertThat(codeSet.releaseOn(LocalDate.of(2026, 12, 6))).get().extracting(IcdRelease::size).isEqualTo(74_879);
    }

    @Test
    void every_still_open_known_change_agrees_with_the_fy2026_release() {
        IcdRelease fy2026 = codeSet.releaseOn(LocalDate.of(2025, 10, 1)).orElseThrow();

        for (KnownIcdChanges.Change change : KnownIcdChanges.standard().changes()) {
            if (change.validTo() != null) {
                assertThat(fy2026.isBillable(change.code())).as("%s deleted before FY2026", change.code()).isFalse();
            } else if (change.status() == KnownIcdChanges.Status.BILLABLE) {
                assertThat(fy2026.isBillable(change.code())).as("%s billable in FY2026", change.code()).isTrue();
            } else {
                assertThat(fy2026.billableUnder(change.code())).as("%s a header in FY2026", change.code()).isNotEmpty();
            }
        }
    }
}
