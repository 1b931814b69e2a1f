package org.medmassage.support.audit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;

/** The audit trail of every service (decision 0050): the log, the filter that writes it, {@code GET /audit}. */
@AutoConfiguration
public class AuditAutoConfiguration {

    @Bean
    AuditTrail auditTrail(DatabaseClient db, Clock clock) {
        return new AuditTrail(db, clock);
    }

    @Bean
    AuditWebFilter auditWebFilter(AuditTrail auditTrail) {
        return new AuditWebFilter(auditTrail);
    }

    @Bean
    AuditController auditController(AuditTrail auditTrail) {
        return new AuditController(auditTrail);
    }
}
