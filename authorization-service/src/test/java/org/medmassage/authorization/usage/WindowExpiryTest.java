package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.SIX_WEEKS;
import static org.medmassage.authorization.Fixtures.approved;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14 item 4: the window 2026-03-02..2026-04-12 ends after its last day on the payer's calendar. */
class WindowExpiryTest {

    @ParameterizedTest(name = "today {0}, {1} of 3 visits used → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-11 | 1 | OPEN
            2026-04-12 | 1 | OPEN
            2026-04-13 | 0 | ENDED_WITH_VISITS_LEFT
            2026-04-13 | 2 | ENDED_WITH_VISITS_LEFT
            2026-04-13 | 3 | ENDED_USED_UP
            2026-12-07 | 3 | ENDED_USED_UP
            """)
    void an_authorization_expires_the_day_after_its_window_and_is_announced_only_with_visits_left(LocalDate today,
            int used, WindowExpiry.Outcome outcome) {
        AuthorizedVisits visits = new AuthorizedVisits(approved("A20260302-7K3M9QXZ", 3, MASSAGE_CODES, SIX_WEEKS),
                IntStream.range(0, used)
                        .mapToObj(i -> new ConsumedVisit(SIX_WEEKS.from().plusDays(i), "C-" + i)).toList());

        assertThat(WindowExpiry.on(visits, today)).isEqualTo(outcome);
    }
}
