package org.medmassage.support.config;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.apache.kafka.common.serialization.StringSerializer;
import org.medmassage.codesets.database.DatabaseCreator;
import org.medmassage.events.EventCodec;
import org.medmassage.support.inbox.Inbox;
import org.medmassage.support.messaging.ConsumerErrorHandling;
import org.medmassage.support.messaging.ConsumerProperties;
import org.medmassage.support.messaging.DeadLetterLog;
import org.medmassage.support.messaging.DeadLetterObserver;
import org.medmassage.support.messaging.DeadLetterObservers;
import org.medmassage.support.messaging.MalformedRecords;
import org.medmassage.support.messaging.InboxConsumers;
import org.medmassage.support.messaging.RetryingPartitions;
import org.medmassage.support.r2dbc.CancelSafeConnections;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.OutboxObserver;
import org.medmassage.support.outbox.OutboxProperties;
import org.medmassage.support.outbox.OutboxBacklog;
import org.medmassage.support.outbox.OutboxHousekeeping;
import org.medmassage.support.outbox.OutboxRelay;
import org.medmassage.support.outbox.RetentionPurge;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.support.tracing.EventTracing;
import org.medmassage.support.web.NoNulStrings;
import org.medmassage.support.web.PathAndQueryGuard;
import org.medmassage.support.web.ProblemDetailsAdvice;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the shared plumbing into every service that has service-support on its classpath. */
@AutoConfiguration
@EnableConfigurationProperties({OutboxProperties.class, ConsumerProperties.class})
public class SupportAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SupportAutoConfiguration.class);

    /** Connections the pool hands over as a reactive chain is cancelled go back to it (CancelSafeConnectionFactory). */
    @Bean
    static CancelSafeConnections cancelSafeConnections() {
        return new CancelSafeConnections();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    /** The service's database is created if missing, then migrated (support tables first: V0_1). */
    @Bean
    FlywayMigrationStrategy createDatabaseThenMigrate(Environment environment) {
        return flyway -> {
            DatabaseCreator.ensureExists(environment.getRequiredProperty("spring.flyway.url"),
                    environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"))
                    .ifPresent(created -> log.info("created database {}", created));
            flyway.migrate();
        };
    }

    @Bean
    @ConditionalOnMissingBean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }

    /**
     * The trace context at the outbox and the inbox (decision 0080); off where no tracer is configured. The ids of the
     * record being handled go with its Reactor context to whichever thread logs (spring.reactor.context-propagation).
     */
    @Bean
    EventTracing eventTracing(ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer,
                              ObjectProvider<Propagator> propagator) {
        ContextRegistry.getInstance().registerThreadLocalAccessor(
                new Slf4jThreadLocalAccessor(InboxConsumers.CORRELATION_ID, InboxConsumers.EVENT_ID));
        return new EventTracing(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    Outbox outbox(DatabaseClient db, EventCodec codec, Clock clock, ObjectProvider<OutboxObserver> observers,
                  EventTracing eventTracing) {
        return new Outbox(db, codec, clock, observers.orderedStream().toList(), eventTracing);
    }

    @Bean(destroyMethod = "")
    Producer<String, byte[]> outboxProducer(@Value("${medmassage.kafka.bootstrap-servers}") String bootstrapServers,
                                            @Value("${spring.application.name:service}") String application) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, application + "-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    OutboxRelay outboxRelay(DatabaseClient db, TransactionalOperator tx, Producer<String, byte[]> outboxProducer,
                            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(db, tx, outboxProducer, properties, meters);
    }

    /** Shown in /actuator/health as "outbox": DELAYED once an event waits longer than medmassage.outbox.delayed-after. */
    @Bean
    OutboxBacklog outboxHealthIndicator(DatabaseClient db, OutboxProperties properties, MeterRegistry meters) {
        return new OutboxBacklog(db, properties.delayedAfter(), meters);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(OutboxBacklog outboxHealthIndicator, DatabaseClient db, Clock clock,
            OutboxProperties properties) {
        return new OutboxHousekeeping(outboxHealthIndicator,
                new RetentionPurge(db, clock, properties.retention(), properties.inboxRetention()),
                properties.purgeInterval());
    }

    @Bean
    UnitOfWork unitOfWork(TransactionalOperator tx, OutboxRelay relay) {
        return new UnitOfWork(tx, relay);
    }

    @Bean
    Inbox inbox(DatabaseClient db) {
        return new Inbox(db);
    }

    @Bean
    InboxConsumers inboxConsumers(EventCodec codec, Inbox inbox, UnitOfWork unitOfWork, MeterRegistry meters,
            MalformedRecords malformedRecords, EventTracing eventTracing, Clock clock) {
        return new InboxConsumers(codec, inbox, unitOfWork, meters, malformedRecords, eventTracing, clock);
    }

    /** Shown in /actuator/health as "consumers": RETRYING while a partition waits out an infrastructure fault. */
    @Bean
    RetryingPartitions consumersHealthIndicator(Clock clock, ConsumerProperties properties) {
        return new RetryingPartitions(clock, properties.maxBackOff());
    }

    /** Retries and dead letters of every consumer binding (transient faults retried while they last). */
    @Bean
    ConsumerErrorHandling consumerErrorHandling(@Value("${medmassage.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${spring.application.name:service}") String application, ConsumerProperties properties,
            RetryingPartitions consumersHealthIndicator, MeterRegistry meters, DeadLetterLog deadLetterLog,
            DeadLetterObservers deadLetterObservers) {
        // its own producer, not a ProducerFactory bean: that would turn off Boot's KafkaTemplate auto-configuration
        return new ConsumerErrorHandling(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, application + "-dead-letters",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                // each dead letter is awaited before its record is committed: waiting to batch only adds latency
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new ByteArraySerializer(), new ByteArraySerializer()), properties, consumersHealthIndicator, meters,
                deadLetterLog, deadLetterObservers);
    }

    @Bean
    DeadLetterLog deadLetterLog(MeterRegistry meters) {
        return new DeadLetterLog(meters);
    }

    /** What the service wants to know of a record before it is dead-lettered (e.g. claims pends the claim). */
    @Bean
    DeadLetterObservers deadLetterObservers(ObjectProvider<DeadLetterObserver> observers, UnitOfWork unitOfWork) {
        return new DeadLetterObservers(observers.orderedStream().toList(), unitOfWork);
    }

    @Bean
    MalformedRecords malformedRecords(ConsumerErrorHandling consumerErrorHandling, DeadLetterLog deadLetterLog,
            DeadLetterObservers deadLetterObservers) {
        return new MalformedRecords(consumerErrorHandling.deadLetterProducer(), deadLetterLog, deadLetterObservers);
    }

    /** Requests: strings with NUL and numbers given for dates are a 400 naming the field (issue 10, bad input). */
    @Bean
    JsonMapperBuilderCustomizer strictRequestJson() {
        return builder -> builder
                .addModule(new SimpleModule("medmassage-strict-strings").addDeserializer(String.class, NoNulStrings.create()))
                .withCoercionConfig(LocalDate.class, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    @Bean
    PathAndQueryGuard pathAndQueryGuard() {
        return new PathAndQueryGuard();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
