package org.medmassage.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL of deploy/ (the Grafana dashboard's panels and the Prometheus alert rules) and the metric names it reads,
 * so a test can hold them against what the services expose (decision 0077).
 */
final class MonitoringQueries {

    static final String DASHBOARD = "deploy/grafana/dashboards/medmassage.json";
    static final String ALERTS = "deploy/prometheus/alerts.yml";
    /** Written by Prometheus itself for every target, not by a service. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPINGS = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?!\\s*\\()(?![a-zA-Z0-9_:])");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    private MonitoringQueries() {
    }

    static JsonNode dashboard(Path root) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(root.resolve(DASHBOARD)));
    }

    /** Every panel's target expressions, rows' nested panels included. */
    static List<String> dashboardExpressions(Path root) throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard(root).get("panels")) {
            collect(panel, expressions);
        }
        return expressions;
    }

    @SuppressWarnings("unchecked")
    static List<String> alertExpressions(Path root) throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(root.resolve(ALERTS)));
        return ((List<Map<String, Object>>) rules.get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
                .map(rule -> String.valueOf(rule.get("expr"))).toList();
    }

    /** The metric names of dashboard and alerts together. */
    static Set<String> metricNames(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String expression : dashboardExpressions(root)) {
            names.addAll(metricNames(expression));
        }
        for (String expression : alertExpressions(root)) {
            names.addAll(metricNames(expression));
        }
        return names;
    }

    /** The metric names one PromQL expression selects: not its functions, labels, keywords or durations. */
    static Set<String> metricNames(String expression) {
        String selectors = GROUPINGS.matcher(RANGES.matcher(LABEL_MATCHERS.matcher(expression).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(selectors);
        while (matcher.find()) {
            boolean partOfNumber = matcher.start() > 0 && Character.isDigit(selectors.charAt(matcher.start() - 1));
            if (!KEYWORDS.contains(matcher.group()) && !partOfNumber) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    /** The sample names of a Prometheus text scrape ({@code name{labels} value} or {@code name value}). */
    static Set<String> sampleNames(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        });
        return names;
    }

    private static void collect(JsonNode panel, List<String> expressions) {
        if (panel.has("targets")) {
            for (JsonNode target : panel.get("targets")) {
                expressions.add(target.get("expr").asString());
            }
        }
        if (panel.has("panels")) {
            for (JsonNode nested : panel.get("panels")) {
                collect(nested, expressions);
            }
        }
    }
}
