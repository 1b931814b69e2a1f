package org.medmassage.authorization.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** PA-02 decision clocks by priority; CONFIG per payer type and state (RULEBOOK §6.3). */
@ConfigurationProperties("medmassage.authorization.turnaround")
public record TurnaroundProperties(@DefaultValue("72h") Duration expedited, @DefaultValue("15d") Duration standard) {
}
