package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Opt-in (`./mvnw verify -Pdocker`, needs a Docker engine and the packaged jars): docker-compose.yml brings up the
 * same system, every service becomes healthy and answers on its published port. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeStackDockerIT {

    private static final Map<String, Integer> SERVICES = Map.of("referral-service", 8081, "authorization-service", 8082,
            "claims-service", 8083, "benefits-service", 8084, "notification-service", 8085);

    @Container
    static final ComposeContainer STACK = stack();

    private static ComposeContainer stack() {
        ComposeContainer compose = new ComposeContainer(new File("../docker-compose.yml")).withBuild(true);
        SERVICES.forEach((service, port) -> compose.withExposedService(service, port,
                Wait.forHttp("/actuator/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(5))));
        return compose;
    }

    @Test
    void every_service_is_healthy_and_a_plan_can_be_registered() {
        Api api = new Api();
        SERVICES.forEach((service, port) -> assertThat(api.get(url(service, port, "/actuator/health")).raw())
                .as(service).contains("UP"));

        Api.Response plan = api.put(url("benefits-service", 8084, "/plans/GOLD-PPO"), """
                {"planYearStart":"01-01","preAuthRequired":true,"referralRequired":false,"visitLimit":20,
                 "inNetwork":{"deductible":500.00,"coinsurancePercent":20,"copay":0.00,"outOfPocketMax":3000.00},
                 "outOfNetwork":{"deductible":1000.00,"coinsurancePercent":40,"copay":0.00,"outOfPocketMax":null}}
                """);
        assertThat(plan.status()).isEqualTo(200);
    }

    private static String url(String service, int port, String path) {
        return "http://" + STACK.getServiceHost(service, port) + ":" + STACK.getServicePort(service, port) + path;
    }
}
