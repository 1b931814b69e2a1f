package org.medmassage.support.codesets;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.IcdCodeSet;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** DX-01 for operations: the horizon of the shipped ICD-10-CM releases in health details and as a gauge. */
class CodeSetHorizonActuatorTest {

    @Test
    void shows_the_last_release_and_the_days_left_without_warning_while_more_than_90_remain() {
        CodeSetHorizonActuator actuator = on("2026-12-06T10:00:00Z");

        Health health = actuator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("codeSet", "ICD-10-CM")
                .containsEntry("releases", List.of("FY2026", "FY2027"))
                .containsEntry("lastDateOfService", "2027-09-30")
                .containsEntry("daysRemaining", 299L)
                .doesNotContainKey("warning");
    }

    @Test
    void warns_in_health_within_90_days_of_the_end_and_stays_up() {
        Health health = on("2027-08-01T00:00:00Z").health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("daysRemaining", 61L);
        assertThat((String) health.getDetails().get("warning")).startsWith("ICD-10-CM ends in 61 days, with FY2027");
    }

    @Test
    void publishes_medmassage_codeset_days_remaining_read_at_each_scrape() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        on("2027-09-30T23:59:59Z").bindTo(registry);

        assertThat(registry.get("medmassage.codeset.days.remaining").tag("codeset", "ICD-10-CM").gauge().value())
                .isEqualTo(1.0);
    }

    private static CodeSetHorizonActuator on(String instant) {
        return new CodeSetHorizonActuator(IcdCodeSet.standard(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
