package org.medmassage.referral.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULEBOOK §9 item 8 (MN-05 both limits) and the lifecycle ACTIVE → EXPIRED / REVOKED (MN-04). */
class ReferralLifecycleTest {

    private static final LocalDate WRITTEN = LocalDate.of(2026, 3, 2);

    /** "12 sessions over 6 weeks", written 2026-03-02: valid 2026-03-02 (day 1) … 2026-04-12 (day 42). */
    private final Referral story = referral(ReferralStatus.ACTIVE, 0);

    @ParameterizedTest(name = "§9.8: session {0} on {1} (day {2}) → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | 2026-03-02 | 1  | inside
            12 | 2026-04-12 | 42 | inside
            13 | 2026-03-20 | 19 | MN-05
            12 | 2026-04-13 | 43 | MN-04
            1  | 2026-04-13 | 43 | MN-04
            13 | 2026-04-13 | 43 | MN-04
            1  | 2026-03-01 | 0  | MN-04
            """)
    void twelve_sessions_over_six_weeks_is_both_limits(int session, LocalDate dateOfService, int day, String expected) {
        SessionDecision decision = story.allowsSession(session, dateOfService);

        assertThat(decision.inside()).isEqualTo(expected.equals("inside"));
        assertThat(decision.rule()).isEqualTo(expected.equals("inside") ? "" : expected);
    }

    @Test
    void a_revoked_or_expired_referral_covers_no_session() {
        assertThat(story.revoke("withdrawn").allowsSession(1, WRITTEN).rule()).isEqualTo("MN-01");
        assertThat(story.expire().allowsSession(1, WRITTEN).inside()).isFalse();
    }

    @Test
    void ends_after_its_last_valid_day_not_on_it() {
        assertThat(story.hasEndedBy(LocalDate.of(2026, 4, 12))).isFalse();
        assertThat(story.hasEndedBy(LocalDate.of(2026, 4, 13))).isTrue();
        assertThat(story.revoke("withdrawn").hasEndedBy(LocalDate.of(2026, 4, 13))).isFalse();
    }

    @Test
    void revoking_keeps_the_reason_and_is_final() {
        Referral revoked = story.revoke("Withdrawn by the prescriber.");

        assertThat(revoked.status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(revoked.statusReason()).isEqualTo("Withdrawn by the prescriber.");
        assertThatThrownBy(() -> revoked.revoke("again")).isInstanceOf(ReferralNotActiveException.class)
                .hasMessage("referral R-1 is revoked: cannot revoke it");
        assertThatThrownBy(revoked::expire).isInstanceOf(ReferralNotActiveException.class);
    }

    @Test
    void an_expired_referral_cannot_be_revoked() {
        assertThatThrownBy(() -> story.expire().revoke("late")).isInstanceOf(ReferralNotActiveException.class)
                .hasMessage("referral R-1 is expired: cannot revoke it");
    }

    @ParameterizedTest(name = "{0} used of 12 → {1} remaining")
    @CsvSource({"0, 12", "5, 7", "12, 0", "14, 0"})
    void sessions_remaining_never_go_negative(int used, int remaining) {
        assertThat(referral(ReferralStatus.ACTIVE, used).sessionsRemaining()).isEqualTo(remaining);
    }

    static Referral referral(ReferralStatus status, int used) {
        return new Referral(new ReferralId("R-1"), "M-1", new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"),
                List.of("M54.50"), List.of("97124"), 12, 6, WRITTEN, ValidityWindow.of(WRITTEN, 6, 90), status, used,
                null);
    }
}
