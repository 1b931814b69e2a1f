package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DX-01: a release is CMS's file plus one line of icd10cm_releases.tsv. The fixtures beside this test are invented codes
 * in CMS's layouts (an FY2028 addenda, an April update, an order file); the shipped files are CMS's own.
 */
class IcdReleaseManifestTest {

    @Test
    void the_shipped_manifest_lists_fy2026_as_cms_codes_and_fy2027_as_cms_order_addenda() {
        assertThat(IcdReleaseManifest.standard().entries()).extracting(IcdReleaseManifest.Entry::format)
                .containsExactly(IcdReleaseManifest.Format.CODES, IcdReleaseManifest.Format.ORDER_ADDENDA);
    }

    @Test
    void a_new_fiscal_year_is_one_addenda_file_and_one_line() {
        IcdReleaseManifest manifest = IcdReleaseManifest.read("fixture_releases_fy2028.tsv");
        IcdCodeSet codeSet = new IcdCodeSet(manifest.releases(), KnownIcdChanges.standard());

        assertThat(codeSet.releases()).extracting(IcdRelease::toString).containsExactly("FY2026", "FY2027", "FY2028");
        assertThat(codeSet.lastRelease().size()).isEqualTo(74_880);
        assertThat(codeSet.check("M54.591", LocalDate.of(2027, 10, 1)).isBillable()).isTrue();
        assertThat(codeSet.check("M54.59", LocalDate.of(2027, 10, 1)).message())
                .isEqualTo("M54.59 is a category, not a billable code on 2027-10-01: use M54.591 or M54.599");
        assertThat(codeSet.check("M54.59", LocalDate.of(2027, 9, 30)).isBillable()).isTrue();
        assertThat(manifest.titles().get(IcdCode.of("M54.50"))).isEqualTo("Test fixture retitled low back pain, unspecified");
    }

    @Test
    void an_april_update_ends_the_october_release_the_day_before() {
        List<IcdRelease> releases = IcdReleaseManifest.read("fixture_releases_april.tsv").releases();
        IcdCodeSet codeSet = new IcdCodeSet(releases, KnownIcdChanges.standard());

        assertThat(releases).extracting(IcdRelease::toString).containsExactly("FY2026", "FY2026 update of 2026-04-01");
        assertThat(releases.get(0).validTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(codeSet.check("M54.52", LocalDate.of(2026, 4, 1)).isBillable()).isTrue();
        assertThat(codeSet.check("M54.52", LocalDate.of(2026, 3, 31)).message())
                .contains("it did not exist yet (created on 2026-04-01, FY2026 update of 2026-04-01)");
    }

    @Test
    void a_full_release_can_be_cms_order_file_whose_flag_0_rows_are_headers() {
        IcdReleaseManifest manifest = IcdReleaseManifest.read("fixture_releases_order.tsv");
        IcdRelease release = manifest.releases().get(0);

        assertThat(release.size()).isEqualTo(4);
        assertThat(release.isBillable(IcdCode.of("M54.50"))).isTrue();
        assertThat(release.isCategory(IcdCode.of("M54.5"))).isTrue();
        assertThat(manifest.titles().get(IcdCode.of("M54.51"))).isEqualTo("Vertebrogenic low back pain");
    }

    @Test
    void refuses_addenda_whose_result_differs_from_cms_own_count() {
        assertThatThrownBy(() -> IcdReleaseManifest.read("fixture_releases_miscounted.tsv").releases())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ICD-10-CM order addenda do not fit: the file gives FY2028 74880 billable codes where "
                        + "CMS's summary counts 74881");
    }

    @Test
    void refuses_addenda_that_delete_a_code_the_previous_release_does_not_have() {
        assertThatThrownBy(() -> IcdReleaseManifest.read("fixture_releases_deletes_unknown.tsv").releases())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("deletes M54.57, which is not billable in FY2027");
    }

    @Test
    void refuses_a_gap_between_releases_rather_than_leave_dates_unanswered() {
        assertThatThrownBy(() -> IcdReleaseManifest.read("fixture_releases_gap.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no ICD-10-CM release for dates of service 2026-10-01 to 2027-09-30, before "
                        + "fixture_order_addenda_2028.txt");
    }
}
