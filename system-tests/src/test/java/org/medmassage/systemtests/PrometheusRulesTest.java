package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/prometheus checked by Debian's promtool (package {@code prometheus}; .ci/run installs it): the config and its
 * rule files are valid, every alert behaves as tests/*.yml say, and every alert has such a test. Without promtool the
 * test fails, naming the package: an alert nobody checked is no alert (decision 0077).
 */
class PrometheusRulesTest {

    private static Path prometheus;

    @BeforeAll
    static void deployDirectory() {
        prometheus = RepositoryRoot.find().resolve("deploy/prometheus");
    }

    @Test
    void the_prometheus_config_and_its_alert_rules_are_valid() throws Exception {
        promtool(prometheus, "check", "config", "prometheus.yml");
        promtool(prometheus, "check", "rules", "alerts.yml");
    }

    @Test
    void every_alert_fires_and_stays_quiet_as_its_unit_tests_say() throws Exception {
        List<String> args = new ArrayList<>(List.of("test", "rules"));
        args.addAll(ruleTests().stream().map(test -> prometheus.relativize(test).toString()).toList());
        String output = promtool(prometheus, args.toArray(String[]::new));
        assertThat(output).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void the_config_bin_medmassage_up_monitoring_runs_is_valid_with_the_same_alerts(@TempDir Path run)
            throws Exception {
        Process generate = new ProcessBuilder("bash", RepositoryRoot.find().resolve("bin/medmassage").toString(),
                "prometheus-config").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String config = new String(generate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generate.waitFor()).as("bin/medmassage prometheus-config exit code").isZero();
        assertThat(config).contains(prometheus.resolve("alerts.yml").toString())
                .contains("127.0.0.1:8081", "127.0.0.1:8082", "127.0.0.1:8083", "127.0.0.1:8084", "127.0.0.1:8085");
        Files.writeString(run.resolve("prometheus.yml"), config);
        assertThat(promtool(run, "check", "config", "prometheus.yml")).contains(alertNames().size() + " rules found");
    }

    @Test
    void every_alert_has_a_unit_test() throws IOException {
        StringBuilder tests = new StringBuilder();
        for (Path test : ruleTests()) {
            tests.append(Files.readString(test));
        }
        assertThat(alertNames()).isNotEmpty()
                .allSatisfy(alert -> assertThat(tests.toString()).as("a promtool test of " + alert)
                        .contains("alertname: " + alert + "\n"));
    }

    @SuppressWarnings("unchecked")
    static List<String> alertNames() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(prometheus.resolve("alerts.yml")));
        return ((List<Map<String, Object>>) rules.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .map(rule -> (String) rule.get("alert")).toList();
    }

    private static List<Path> ruleTests() throws IOException {
        try (Stream<Path> files = Files.list(prometheus.resolve("tests"))) {
            List<Path> tests = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
            assertThat(tests).as("promtool rule tests in deploy/prometheus/tests").isNotEmpty();
            return tests;
        }
    }

    /** Runs promtool in {@code directory}; a missing binary or a non-zero exit fails the test with its output. */
    static String promtool(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtoolBinary()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        boolean exited = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
            fail("promtool " + String.join(" ", args) + " did not finish in 2 minutes:\n" + output);
        }
        assertThat(process.exitValue()).as("promtool " + String.join(" ", args) + " exit code; its output:\n" + output)
                .isZero();
        return output;
    }

    private static String promtoolBinary() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir).resolve("promtool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("promtool is not on the PATH: install Debian's prometheus package "
                + "(apt-get install -y --no-install-recommends prometheus; .ci/run does it)");
    }
}
