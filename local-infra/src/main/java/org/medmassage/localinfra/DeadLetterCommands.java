package org.medmassage.localinfra;

import java.util.List;
import org.medmassage.localinfra.deadletters.DeadLetterReplay;
import org.medmassage.localinfra.deadletters.DeadLetterTopics;

/** {@code bin/medmassage dlq} and {@code bin/medmassage dlq replay <topic>}, printed for an operator. */
final class DeadLetterCommands {

    private DeadLetterCommands() {
    }

    static void list(String bootstrapServers) throws Exception {
        try (DeadLetterTopics topics = new DeadLetterTopics(bootstrapServers)) {
            List<DeadLetterTopics.Summary> summaries = topics.list();
            if (summaries.isEmpty()) {
                System.out.println("no dead-letter topic on " + bootstrapServers);
                return;
            }
            System.out.printf("%-48s %8s %13s  %s%n", "dead-letter topic", "records", "not replayed", "newest failure");
            for (DeadLetterTopics.Summary summary : summaries) {
                System.out.printf("%-48s %8d %13d  %s%n", summary.topic(), summary.records(), summary.notReplayed(),
                        summary.newest().map(letter -> letter.at() + " " + letter.failure() + ": "
                                + abbreviate(letter.message()) + " (from " + letter.originalTopic() + " partition "
                                + letter.partition() + ")").orElse("-"));
            }
        }
    }

    static int replay(String bootstrapServers, String topic, boolean includeMalformed) throws Exception {
        if (!topic.startsWith("error.")) {
            System.err.println("dlq replay: name a dead-letter topic, error.<topic>.<group> ('bin/medmassage dlq' lists them)");
            return 2;
        }
        try (DeadLetterTopics topics = new DeadLetterTopics(bootstrapServers)) {
            if (topics.list().stream().noneMatch(summary -> summary.topic().equals(topic))) {
                System.err.println("dlq replay: no dead-letter topic " + topic + " on " + bootstrapServers);
                return 2;
            }
            DeadLetterReplay.Report report = DeadLetterReplay.replay(topics, topic, includeMalformed);
            System.out.printf("replayed %d record(s) from %s to %s; skipped %d malformed%s%n", report.replayed(), topic,
                    report.toTopics().isEmpty() ? "-" : report.toTopics(), report.skippedMalformed(),
                    report.skippedMalformed() > 0 ? " (they cannot be processed as they are, and count as replayed: to send "
                            + "them too, give --include-malformed the first time a topic is replayed)" : "");
            return 0;
        }
    }

    private static String abbreviate(String message) {
        return message.length() > 120 ? message.substring(0, 120) + "…" : message;
    }
}
