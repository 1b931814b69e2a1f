package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's log as the JSON lines it writes (Spring Boot's structured logging, ECS), each line one object. */
final class LogLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LogLines() {
    }

    /** Every line of the process's log, each required to be a JSON object. */
    static List<JsonNode> parse(ManagedProcess process) {
        return process.logLines().stream().filter(line -> !line.isBlank()).map(line -> {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(line);
            } catch (RuntimeException notJson) {
                throw new AssertionError(process.name() + "'s log has a line that is not JSON: " + line, notJson);
            }
            assertThat(parsed.isObject()).as("%s's log line %s", process.name(), line).isTrue();
            return parsed;
        }).toList();
    }
}
