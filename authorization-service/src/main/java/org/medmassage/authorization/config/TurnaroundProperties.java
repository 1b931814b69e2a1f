package org.medmassage.authorization.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.medmassage.authorization.coverage.PayerType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PA-02 decision clocks, CONFIG per payer type (RULEBOOK §6.3, decision 0062): {@code standardDays} per payer type
 * (calendar days on the payer's calendar, 7 where not set), the expedited clock, the payer type whose clock applies
 * while coverages carry none, the payer's time zone, and how long before its deadline a pended request is flagged.
 */
@ConfigurationProperties("medmassage.authorization.turnaround")
public record TurnaroundProperties(
        @DefaultValue("72h") Duration expedited,
        Map<PayerType, Integer> standardDays,
        @DefaultValue("COMMERCIAL") PayerType payerType,
        @DefaultValue("America/New_York") ZoneId zone,
        @DefaultValue("24h") Duration warning) {

    public TurnaroundProperties {
        standardDays = standardDays == null ? Map.of() : Map.copyOf(standardDays);
    }
}
