package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.medmassage.events.Topics;

/**
 * Issue 17, item 6: the system scales out by adding instances. Every worked example of {@link WorkedExamplesIT} runs
 * again, to the same cents, visit counts and claim states, on two instances of every service: each pair shares its
 * service's database and consumer group, the topics have the default six partitions keyed by memberId, and HTTP calls
 * go to the instances in turn, as behind a load balancer. Then the groups are checked: both instances of each service
 * hold partitions, and both handled events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT extends WorkedExamplesIT {

    private static final int INSTANCES = 2;
    private static final int PARTITIONS = 6; // the services' default (KAFKA_PARTITIONS)
    // the services whose inbox takes events of every claim: each of their instances must have handled some
    private static final List<String> CLAIM_CONSUMERS = List.of("authorization-service", "claims-service",
            "benefits-service", "notification-service");
    private static final Pattern DESTINATION = Pattern.compile("^\\s+destination:", Pattern.MULTILINE);
    private static final Pattern PROCESSED = Pattern.compile("^medmassage_inbox_processed_total\\{[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    @Override
    SystemUnderTest newSystem() {
        return new SystemUnderTest().instances(INSTANCES);
    }

    /** Runs after the examples (unordered methods come first), so that the instances have had events to share. */
    @Test
    @Order(Integer.MAX_VALUE)
    void every_instance_holds_partitions_of_its_group_and_handled_events() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(Topics.REFERRAL, Topics.AUTHORIZATION,
                    Topics.CLAIM, Topics.BENEFIT)).allTopicNames().get(30, TimeUnit.SECONDS);
            topics.values().forEach(topic -> assertThat(topic.partitions()).as(topic.name()).hasSize(PARTITIONS));

            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(SystemUnderTest.SERVICES)
                    .all().get(30, TimeUnit.SECONDS);
            for (String service : SystemUnderTest.SERVICES) {
                ConsumerGroupDescription group = groups.get(service);
                // one consumer per binding and instance (one instance alone would be half as many), each holding
                // partitions of its topic
                assertThat(group.members()).as(service + "'s members").hasSize(bindingsOf(service) * INSTANCES)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions())
                                .as(service + " member " + member.clientId()).isNotEmpty());
                System.out.printf("%s: %d members, partitions %s%n", service, group.members().size(),
                        group.members().stream().map(m -> m.assignment().topicPartitions().size()).toList());
            }
        }
        for (String service : CLAIM_CONSUMERS) {
            for (int instance = 0; instance < INSTANCES; instance++) {
                double handled = eventsHandled(system.baseUrl(service, instance));
                System.out.printf("%s instance %d handled %.0f events%n", service, instance + 1, handled);
                assertThat(handled).as(service + " instance " + (instance + 1) + " handled events").isPositive();
            }
        }
    }

    /** The service's consumer bindings, as its application.yml declares them: one destination each. */
    private static int bindingsOf(String service) throws Exception {
        String yml = Files.readString(RepositoryRoot.find().resolve(service + "/src/main/resources/application.yml"));
        return (int) DESTINATION.matcher(yml).results().count();
    }

    /** The instance's medmassage_inbox_processed_total, over every event type (the scrape is open, as for Prometheus). */
    private static double eventsHandled(String baseUrl) throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        double total = 0;
        Matcher counter = PROCESSED.matcher(scrape.body());
        while (counter.find()) {
            total += Double.parseDouble(counter.group(1));
        }
        return total;
    }
}
