package org.medmassage.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Measures what loading the FY2026 release costs a service (issue 3: memory and load time, reported in README.md):
 * retained heap by forcing GC before and after building the index while holding it, and the load time. The old
 * index (a sorted String[]) is measured the same way for comparison.
 */
class IcdIndexFootprintTest {

    private static final String RESOURCE = "icd10cm_codes_2026_codes_only.txt.gz";

    @Test
    void the_packed_fy2026_index_retains_well_under_a_megabyte() {
        long coldStart = System.nanoTime();
        fy2026(); // the first load also pays class loading and an unwarmed JIT, as at service start-up
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;

        long started = System.nanoTime();
        IcdRelease timed = fy2026();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;

        long packed = retained(IcdIndexFootprintTest::fy2026);
        // The former index, built as it was: the strings read from the file, kept in a sorted array.
        long strings = retained(() -> ClasspathData.lines(RESOURCE).stream().map(code -> IcdCode.of(code).value())
                .sorted().toArray(String[]::new));
        System.out.printf("ICD-10-CM FY2026 index: %d codes, load %d ms cold / %d ms warm (read gz + parse + pack), packed payload %d bytes,"
                        + " retained packed ~%d KB, retained as sorted String[] ~%d KB%n",
                timed.size(), coldMillis, loadMillis, timed.indexPayloadBytes(), packed / 1024, strings / 1024);

        assertThat(timed.size()).isEqualTo(74_719);
        assertThat(timed.indexPayloadBytes()).isEqualTo(74_719L * PackedCodes.WIDTH);
        assertThat(packed).isLessThan(1_024 * 1_024);
        assertThat(strings).isGreaterThan(3 * packed);
    }

    @Test
    void every_shipped_release_together_retains_about_half_a_megabyte_each() {
        long started = System.nanoTime();
        List<IcdRelease> releases = IcdReleaseManifest.standard().releases();
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long retained = retained(() -> IcdReleaseManifest.standard().releases());
        System.out.printf("ICD-10-CM code set %s: %s codes, load %d ms (FY2026 list + FY2027 addenda applied and checked),"
                        + " retained ~%d KB%n", releases, releases.stream().map(r -> String.valueOf(r.size())).toList(),
                loadMillis, retained / 1024);

        assertThat(retained).isLessThan(releases.size() * 1_024L * 1_024);
    }

    private static IcdRelease fy2026() {
        return new IcdRelease(new FiscalYear(2026), ClasspathData.lines(RESOURCE));
    }

    /** Heap still used after a full GC while {@code build}'s result is reachable, minus the same before it. */
    private static long retained(Supplier<Object> build) {
        long before = usedAfterGc();
        Object[] holder = {build.get()};
        long after = usedAfterGc();
        assertThat(Arrays.asList(holder)).isNotEmpty(); // keeps the index reachable until measured
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
