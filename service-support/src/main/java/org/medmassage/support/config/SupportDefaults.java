package org.medmassage.support.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The conventions every service shares, as lowest-precedence defaults: a service's application.yml or the
 * environment overrides any of them. Written once here instead of five times.
 */
public class SupportDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = defaults();

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        // hosts and secrets come from the environment (PLAN/README: the environment contract)
        d.put("medmassage.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}");
        d.put("spring.r2dbc.username", "${DB_USER:postgres}");
        d.put("spring.r2dbc.password", "${DB_PASSWORD:}");
        d.put("spring.flyway.user", "${DB_USER:postgres}");
        d.put("spring.flyway.password", "${DB_PASSWORD:}");
        // a request or record waiting for a pooled connection gives up after this (a 503 to retry; a consumer retries
        // it as an infrastructure fault) rather than wait for ever behind an exhausted or leaking pool
        d.put("spring.r2dbc.pool.max-acquire-time", "10s");
        d.put("spring.flyway.locations", "classpath:db/migration,classpath:db/support");
        // consumers: one group per service. Retries and dead letters are ConsumerErrorHandling's: an infrastructure
        // fault is retried while it lasts; a poison record gets max-attempts (must stay above 1, or the binder keeps
        // the dead-lettering to itself) with this back-off, then goes to error.<topic>.<group>, which enable-dlq
        // provisions.
        d.put("spring.cloud.stream.kafka.binder.brokers", "${medmassage.kafka.bootstrap-servers}");
        d.put("spring.cloud.stream.kafka.binder.auto-create-topics", "true");
        // scale-out (issue 17): topics the binder creates get this many partitions, keyed by memberId, so a service's
        // instances share them in its group. An existing topic is never resized: a member's key would hash to another
        // partition and its new events could overtake the unconsumed old ones (docs/architecture.md says how to grow)
        d.put("medmassage.kafka.partitions", "${KAFKA_PARTITIONS:6}");
        d.put("spring.cloud.stream.kafka.binder.min-partition-count", "${medmassage.kafka.partitions}");
        d.put("spring.cloud.stream.kafka.binder.auto-add-partitions", "false");
        d.put("spring.cloud.stream.default.group", "${spring.application.name}");
        d.put("spring.cloud.stream.default.consumer.max-attempts", "3");
        d.put("spring.cloud.stream.default.consumer.back-off-initial-interval", "100");
        d.put("spring.cloud.stream.default.consumer.back-off-max-interval", "1000");
        d.put("spring.cloud.stream.kafka.default.consumer.enable-dlq", "true");
        d.put("spring.cloud.stream.kafka.default.consumer.start-offset", "earliest");
        // a poll's records are handled in one transaction with one offset commit (InboxConsumers, issue 17)
        d.put("spring.cloud.stream.default.consumer.batch-mode", "true");
        // the records are the envelopes' bytes, decoded by EventCodec: in batch mode the binder converts each one to
        // the declared byte[] and drops any its JSON converter cannot, so it is told they are plain bytes
        d.put("spring.cloud.stream.default.content-type", "application/octet-stream");
        // a consumer killed without leaving its group holds its partitions until its session times out: 45 s by
        // default, measured as a 45 s p99 by `bin/medmassage chaos` after a kill -9; 10 s gives them up sooner
        d.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "10000");
        d.put("spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms", "3000");
        // operations
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        d.put("management.endpoint.health.probes.enabled", "true");
        // the status for anyone (probes, bin/medmassage); components' details (the ICD-10-CM horizon, the database,
        // the binder) only for an ops token
        d.put("management.endpoint.health.show-details", "when-authorized");
        d.put("management.endpoint.health.show-components", "when-authorized");
        d.put("management.endpoint.health.roles", "ops");
        // tokens (issue 12): the issuer's keys, the expected iss and audience; the roles claim becomes ROLE_<role>
        d.put("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "${OAUTH2_ISSUER_URI:http://127.0.0.1:8090/medmassage}");
        d.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                "${OAUTH2_JWK_SET_URI:http://127.0.0.1:8090/medmassage/jwks}");
        d.put("spring.security.oauth2.resourceserver.jwt.audiences", "medmassage");
        // browser origins allowed by CORS: none unless set (the patient portal's, for the claims service's EOB)
        d.put("medmassage.security.allowed-origins", "${MEDMASSAGE_SECURITY_ALLOWED_ORIGINS:}");
        // RETRYING (a consumer waiting out an infrastructure fault) ranks below DOWN and above UP, and answers 200
        // and DELAYED (events waiting in the outbox longer than they should): the service answers, its events are late
        d.put("management.endpoint.health.status.order", "DOWN,OUT_OF_SERVICE,DELAYED,RETRYING,UP,UNKNOWN");
        d.put("management.endpoint.health.status.http-mapping.RETRYING", "200");
        d.put("management.endpoint.health.status.http-mapping.DELAYED", "200");
        d.put("management.metrics.tags.service", "${spring.application.name}");
        // one claim is one trace across the Kafka hops (decision 0080): every request and record is sampled, so its
        // ids are on every log line; spans leave the process only when an OTLP endpoint is configured
        // (MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT). Reactor restores the trace and the record's ids on
        // whichever thread a reactive chain continues, so lines logged off the request's thread carry them too.
        d.put("management.tracing.sampling.probability", "1.0");
        d.put("spring.reactor.context-propagation", "auto");
        // JSON lines (Elastic Common Schema) with the MDC's traceId, spanId, correlationId and eventId; no PHI is
        // logged, ids only (docs/operations.md says how to read them)
        d.put("logging.structured.format.console", "ecs");
        d.put("spring.main.banner-mode", "off"); // the banner is not a JSON line
        // the OpenAPI document and Swagger UI are on, on purpose: they describe the API, no member's data (0076);
        // Swagger UI shows this service's document only, never the webjar's petstore example from the internet
        d.put("springdoc.api-docs.enabled", "true");
        d.put("springdoc.swagger-ui.enabled", "true");
        d.put("springdoc.swagger-ui.disable-swagger-default-url", "true");
        d.put("springdoc.default-produces-media-type", "application/json");
        return Map.copyOf(d);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("medmassageSupportDefaults", DEFAULTS));
    }
}
