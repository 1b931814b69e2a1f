package org.medmassage.support.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters are kept long enough for an operator to see and replay them (30 days unless configured), whatever
 * the broker's default retention: each dead-letter topic is created with it, or has it set if it exists.
 */
final class DeadLetterRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetention.class);
    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;
    private final Duration retention;

    DeadLetterRetention(String bootstrapServers, Duration retention) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS) / 2,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)));
        this.retention = retention;
    }

    /** Created with as many partitions as {@code sourceTopic}, as the binder would, when it does not exist yet. */
    void keep(String deadLetterTopic, String sourceTopic) {
        String retentionMs = String.valueOf(retention.toMillis());
        try {
            try {
                int partitions = admin.describeTopics(List.of(sourceTopic)).allTopicNames()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(sourceTopic).partitions().size();
                admin.createTopics(List.of(new NewTopic(deadLetterTopic, Optional.of(partitions), Optional.empty())
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, retentionMs))))
                        .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, deadLetterTopic),
                        List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, retentionMs),
                                AlterConfigOp.OpType.SET)))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // the dead letters still go there; only their retention is the broker's default until the next start
            log.warn("could not set the retention of {} to {}: {}", deadLetterTopic, retention, e.toString());
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
