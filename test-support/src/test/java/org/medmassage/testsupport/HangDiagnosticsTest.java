package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class HangDiagnosticsTest {

    @Test
    void prints_the_pool_gauges_of_a_registry_nested_in_the_global_composite_as_boot_adds_it() {
        SimpleMeterRegistry service = new SimpleMeterRegistry();
        CompositeMeterRegistry boots = new CompositeMeterRegistry();
        boots.add(service);
        Gauge.builder("r2dbc.pool.acquired", () -> 10).tag("name", "connectionFactory").register(service);
        Gauge.builder("jvm.threads.live", () -> 42).register(service);
        Metrics.addRegistry(boots);
        try {
            assertThat(HangDiagnostics.connectionPools())
                    .contains("r2dbc.pool.acquired [tag(name=connectionFactory)] = 10.0")
                    .doesNotContain("jvm.threads.live");
        } finally {
            Metrics.removeRegistry(boots);
        }
    }
}
