package org.medmassage.referral.prescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MN-04: validFrom = date written; validTo = the earlier of duration and maximum referral age, day 1 = date written. */
class ValidityWindowTest {

    @ParameterizedTest(name = "written {0}, {1} weeks, max age {2} days ⇒ valid to {3}")
    @CsvSource({
            "2026-03-02,  6, 90, 2026-04-12",   // the story: 42 days counting 2026-03-02 as day 1
            "2026-03-02,  1, 90, 2026-03-08",
            "2026-03-02, 12, 90, 2026-05-24",   // 84 days, inside the 90-day maximum
            "2026-03-02, 13, 90, 2026-05-30",   // 91 days ⇒ capped on day 90
            "2026-03-02, 52, 90, 2026-05-30",
            "2026-03-02,  6, 30, 2026-03-31",   // a payer with a 30-day maximum age
            "2026-03-02,  6, 365, 2026-04-12",
            "2025-12-29,  6, 90, 2026-02-08",   // across a year end
            "2028-02-01,  4, 90, 2028-02-28"})  // leap year: 28 days, Feb 29 not reached
    void ends_on_the_earlier_of_duration_and_maximum_age(LocalDate issuedOn, int weeks, int maxAge, LocalDate validTo) {
        ValidityWindow window = ValidityWindow.of(issuedOn, weeks, maxAge);

        assertThat(window.validFrom()).isEqualTo(issuedOn);
        assertThat(window.validTo()).isEqualTo(validTo);
    }

    @ParameterizedTest(name = "{0} inside 12 sessions over 6 weeks from 2026-03-02: {1}")
    @CsvSource({"2026-03-01, false", "2026-03-02, true", "2026-04-12, true", "2026-04-13, false"})
    void a_session_on_day_43_is_outside_the_referral(LocalDate dateOfService, boolean inside) {
        // RULEBOOK §9 item 8 (MN-05): day 43 = 2026-04-13
        assertThat(ValidityWindow.of(LocalDate.of(2026, 3, 2), 6, 90).contains(dateOfService)).isEqualTo(inside);
    }

    @Test
    void a_one_day_window_is_allowed() {
        ValidityWindow window = ValidityWindow.of(LocalDate.of(2026, 3, 2), 1, 1);

        assertThat(window.validTo()).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
