package org.medmassage.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void an_id_is_a_version_7_uuid_of_the_ietf_variant_carrying_its_millisecond() {
        Instant made = Instant.parse("2026-12-08T01:02:03.456Z");

        UUID id = TimeOrderedIds.at(made);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(TimeOrderedIds.instantOf(id)).isEqualTo(made);
        assertThat(id.toString()).startsWith("01a2532c-04c0-7");
    }

    @Test
    void ids_of_later_milliseconds_sort_after_earlier_ones_as_postgresql_compares_them() {
        Instant first = Instant.parse("2026-12-08T01:02:03.456Z");
        for (int later = 1; later < 1_000; later++) {
            UUID earlier = TimeOrderedIds.at(first);
            UUID next = TimeOrderedIds.at(first.plusMillis(later));
            // PostgreSQL orders uuid by its bytes, unsigned: the text form compares the same way
            assertThat(next.toString()).isGreaterThan(earlier.toString());
        }
    }

    @Test
    void ids_of_one_millisecond_differ() {
        Instant now = Instant.now();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(now));
        }
        assertThat(ids).hasSize(10_000);
    }
}
