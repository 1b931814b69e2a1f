package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The Grafana dashboard read as data (Grafana is not installable here): a row per concern in order, every panel on the
 * provisioned Prometheus data source with a query that reads a metric, and every metric it or an alert reads listed in
 * docs/operations.md. ClaimJourneyIT holds the same names against the five services' scrapes (decision 0077).
 */
class MonitoringDashboardTest {

    private static final List<String> ROWS = List.of("Claim flow", "Saga waits", "Authorization deadlines", "Money",
            "Plumbing", "JVM");

    private static Path root;
    private static JsonNode dashboard;

    @BeforeAll
    static void read() throws IOException {
        root = RepositoryRoot.find();
        dashboard = MonitoringQueries.dashboard(root);
    }

    @Test
    void the_dashboard_has_a_row_per_concern_in_order() {
        List<String> rows = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            if ("row".equals(panel.get("type").asString())) {
                rows.add(panel.get("title").asString());
            }
        });
        assertThat(rows).hasSameSizeAs(ROWS);
        for (int i = 0; i < ROWS.size(); i++) {
            assertThat(rows.get(i)).startsWith(ROWS.get(i));
        }
    }

    @Test
    void every_panel_queries_the_provisioned_prometheus_and_fits_the_grid() throws IOException {
        String datasource = provisionedDatasourceUid();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            String title = panel.get("title").asString();
            assertThat(ids.add(panel.get("id").asInt())).as("a unique id: " + title).isTrue();
            JsonNode grid = panel.get("gridPos");
            assertThat(grid.get("x").asInt() + grid.get("w").asInt()).as(title + " within 24 columns").isLessThanOrEqualTo(24);
            if ("row".equals(panel.get("type").asString())) {
                continue;
            }
            assertThat(panel.at("/datasource/uid").asString()).as(title).isEqualTo(datasource);
            assertThat(panel.get("targets")).as(title + " has a query").isNotEmpty();
            for (JsonNode target : panel.get("targets")) {
                assertThat(target.at("/datasource/uid").asString()).as(title).isEqualTo(datasource);
                assertThat(MonitoringQueries.metricNames(target.get("expr").asString()))
                        .as(title + " reads a metric").isNotEmpty();
            }
        }
    }

    @Test
    void every_metric_the_dashboard_and_the_alerts_read_is_listed_in_the_operations_guide() throws IOException {
        String guide = Files.readString(root.resolve("docs/operations.md"));
        assertThat(MonitoringQueries.metricNames(root)).isNotEmpty().allSatisfy(name ->
                assertThat(guide).as("docs/operations.md lists " + name).contains(listedName(name)));
    }

    @Test
    void metric_names_are_read_from_promql_without_functions_labels_or_durations() {
        assertThat(MonitoringQueries.metricNames(
                "histogram_quantile(0.95, sum by (le, priority) (rate(a_seconds_bucket{status!=\"PAID\"}[1h])))"))
                .containsExactly("a_seconds_bucket");
        assertThat(MonitoringQueries.metricNames("max(a_overdue) > 0 or sum(increase(b_total[1h])) > 0"))
                .containsExactly("a_overdue", "b_total");
        assertThat(MonitoringQueries.metricNames("up{job=\"medmassage\"} == 0")).containsExactly("up");
        assertThat(MonitoringQueries.sampleNames("""
                # HELP x_total a counter
                x_total{service="a"} 1.0
                y_seconds_bucket{le="+Inf"} 2
                z 3
                """)).containsExactly("x_total", "y_seconds_bucket", "z");
    }

    /** A histogram's series are listed under the histogram's name. */
    private static String listedName(String name) {
        return name.replaceAll("_(bucket|count|sum)$", "");
    }

    @SuppressWarnings("unchecked")
    private static String provisionedDatasourceUid() throws IOException {
        var datasources = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml()
                .load(Files.readString(root.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"))))
                .get("datasources");
        return String.valueOf(datasources.get(0).get("uid"));
    }
}
