package org.medmassage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What this machine's broker and PostgreSQL can do at most, measured in the same run against the same servers:
 * Kafka 500-byte records produced the way the outbox relay produces (idempotent, acks=all) and consumed by one
 * consumer; PostgreSQL transactions that do what one event handler does (inbox insert + state update + outbox insert)
 * with pgbench on a scratch database created and dropped here.
 */
final class Ceilings {

    static final int RECORD_BYTES = 500;

    record Kafka(double producedPerSecond, double consumedPerSecond, long records) {
    }

    record Postgres(double transactionsPerSecond, int clients, String error) {
    }

    static Kafka kafka(String bootstrapServers, Broker broker, String runId, int seconds) throws Exception {
        String topic = "bench.ceiling." + runId;
        broker.ensureTopics(List.of(topic));
        try {
            byte[] value = new byte[RECORD_BYTES];
            Arrays.fill(value, (byte) 'x');
            long count = 0;
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
                while ((count & 1023) != 0 || System.nanoTime() < end) {
                    producer.send(new ProducerRecord<>(topic, "M-" + (count % 10_000), value));
                    count++;
                }
                producer.flush();
            }
            double produced = count / ((System.nanoTime() - start) / 1e9);
            return new Kafka(produced, consume(bootstrapServers, broker, topic, count), count);
        } finally {
            broker.deleteTopic(topic);
        }
    }

    private static double consume(String bootstrapServers, Broker broker, String topic, long expected) throws Exception {
        List<TopicPartition> partitions = broker.partitions(List.of(topic));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long start = System.nanoTime();
            long deadline = start + 120_000_000_000L;
            while (read < expected && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return read / ((System.nanoTime() - start) / 1e9);
        }
    }

    static Postgres postgres(Options o, String runId, int seconds) {
        String database = "medmassage_bench_scratch_" + runId.toLowerCase();
        try (Connection admin = Machine.connect(o, "postgres")) {
            admin.createStatement().execute("create database " + database);
            try {
                try (Connection scratch = Machine.connect(o, database);
                     Statement ddl = scratch.createStatement()) {
                    ddl.execute(SCHEMA);
                }
                return new Postgres(pgbenchRetried(o, database, seconds), o.pgbenchClients, null);
            } finally {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        } catch (Exception e) {
            return new Postgres(0, o.pgbenchClients, e.getMessage());
        }
    }

    /** pgbench cannot wait for a connection slot: on this shared server, try again a few times. */
    private static double pgbenchRetried(Options o, String database, int seconds) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return pgbench(o, database, seconds);
            } catch (IllegalStateException e) {
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("too many clients")) {
                    throw e;
                }
                Thread.sleep(2_000);
            }
        }
    }

    private static double pgbench(Options o, String database, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench-handler", ".sql");
        Path log = Files.createTempFile("bench-pgbench", ".log");
        try {
            Files.writeString(script, HANDLER_TRANSACTION);
            ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(o.pgbenchClients),
                    "-j", String.valueOf(Math.min(o.pgbenchClients, Runtime.getRuntime().availableProcessors())),
                    "-T", String.valueOf(seconds), "-f", script.toString(),
                    "-h", o.dbHost, "-p", String.valueOf(o.dbPort), "-U", o.dbUser, database)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pgbench.environment().put("PGPASSWORD", o.dbPassword);
            Process process = pgbench.start();
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish");
            }
            String output = Files.readString(log);
            Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
            if (process.exitValue() != 0 || !tps.find()) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(log);
        }
    }

    /** The support tables as the services have them (db/support), plus a state table of 10,000 claims. */
    private static final String SCHEMA = """
            create table outbox_event (id bigserial primary key, event_id uuid not null unique, topic text not null,
                message_key text not null, event_type text not null, envelope text not null,
                created_at timestamptz not null default now(), published_at timestamptz, traceparent text);
            create index outbox_event_unpublished on outbox_event (id) where published_at is null;
            create table inbox_event (consumer text not null, event_id uuid not null, event_type text not null,
                received_at timestamptz not null default now(), primary key (consumer, event_id));
            create table claim_state (id int primary key, status text not null, updated_at timestamptz not null);
            insert into claim_state select g, 'RECEIVED', now() from generate_series(1, 10000) g;
            """;

    /** What one consumer hop does in one transaction: inbox row, state change, outbox row (a ~500-byte envelope and
     *  its traceparent). */
    private static final String HANDLER_TRANSACTION = """
            \\set claim random(1, 10000)
            BEGIN;
            INSERT INTO inbox_event (consumer, event_id, event_type) VALUES ('bench', gen_random_uuid(), 'CostShareRequested') ON CONFLICT (consumer, event_id) DO NOTHING;
            UPDATE claim_state SET status = 'IN_PROCESS', updated_at = now() WHERE id = :claim;
            INSERT INTO outbox_event (event_id, topic, message_key, event_type, envelope, traceparent) VALUES (gen_random_uuid(), 'claim.events', 'M-' || :claim, 'CostShareApplied', repeat('x', 500), '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01');
            END;
            """;

    static Map<String, Object> describe(Kafka kafka, Postgres postgres) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kafka_produce_records_per_s", Math.round(kafka.producedPerSecond()));
        m.put("kafka_consume_records_per_s", Math.round(kafka.consumedPerSecond()));
        m.put("kafka_records", kafka.records());
        m.put("kafka_record_bytes", RECORD_BYTES);
        m.put("postgres_handler_tx_per_s", Math.round(postgres.transactionsPerSecond()));
        m.put("postgres_pgbench_clients", postgres.clients());
        if (postgres.error() != null) {
            m.put("postgres_error", postgres.error());
        }
        return m;
    }
}
