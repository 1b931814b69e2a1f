package org.medmassage.support.codesets;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import org.medmassage.codesets.CodeSetHorizon;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.IcdRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;

/**
 * Operations see the end of the loaded ICD-10-CM releases coming (DX-01): a warning in the log at start, the
 * horizon in {@code /actuator/health} details and the gauge {@code medmassage_codeset_days_remaining}. The health
 * stays UP: dates of service inside the loaded releases are still answered; the warning says what to load.
 */
public class CodeSetHorizonActuator implements HealthIndicator, MeterBinder, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(CodeSetHorizonActuator.class);

    private final IcdCodeSet codeSet;
    private final Clock clock;

    public CodeSetHorizonActuator(IcdCodeSet codeSet, Clock clock) {
        this.codeSet = codeSet;
        this.clock = clock;
    }

    public CodeSetHorizon horizon() {
        return codeSet.horizon(LocalDate.now(clock));
    }

    @Override
    public Health health() {
        CodeSetHorizon horizon = horizon();
        Health.Builder health = Health.up()
                .withDetail("codeSet", horizon.codeSet())
                .withDetail("releases", codeSet.releases().stream().map(IcdRelease::toString).toList())
                .withDetail("lastDateOfService", horizon.lastDay().toString())
                .withDetail("daysRemaining", horizon.daysRemaining());
        horizon.warning().ifPresent(warning -> health.withDetail("warning", warning));
        return health.build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // Always published, so a dashboard shows the horizon and an alert can fire at 90 days.
        Gauge.builder("medmassage.codeset.days.remaining", () -> horizon().daysRemaining())
                .description("Dates of service, today included, that the loaded code set still answers")
                .tag("codeset", IcdCodeSet.NAME)
                .register(registry);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        CodeSetHorizon horizon = horizon();
        horizon.warning().ifPresentOrElse(log::warn, () -> log.info("{} releases {} loaded: dates of service through {}"
                + " ({} days left)", horizon.codeSet(), codeSet.releases(), horizon.lastDay(), horizon.daysRemaining()));
    }
}
