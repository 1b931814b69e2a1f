package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** DX-02: the order file's third column, 1 = billable and 0 = header, read from CMS's fixed-width layout. */
class CmsOrderFileTest {

    @Test
    void the_transcribed_fy2026_order_rows_agree_with_the_fy2026_release() {
        CmsOrderFile excerpt = CmsOrderFile.parse(ClasspathData.lines("icd10cm_order_2026_excerpt.txt"));
        IcdRelease fy2026 = IcdCodeSet.standard().releaseOn(LocalDate.of(2026, 3, 2)).orElseThrow();

        assertThat(excerpt.rows()).hasSizeGreaterThan(100);
        for (CmsOrderFile.Row row : excerpt.rows()) {
            if (row.billable()) {
                assertThat(fy2026.isBillable(row.code())).as("%s billable", row.code()).isTrue();
            } else {
                assertThat(fy2026.isCategory(row.code())).as("%s a header", row.code()).isTrue();
            }
        }
    }
}
