package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Opt-in (`./mvnw verify -Pdocker`, needs a Docker engine and the packaged jars): docker-compose.yml brings up the
 * same system, every service becomes healthy and answers on its published port, and a token of the demo admin from
 * the compose Keycloak is what registers a plan. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeStackDockerIT {

    private static final Map<String, Integer> SERVICES = Map.of("referral-service", 8081, "authorization-service", 8082,
            "claims-service", 8083, "benefits-service", 8084, "notification-service", 8085);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @Container
    static final ComposeContainer STACK = stack();

    private static ComposeContainer stack() {
        ComposeContainer compose = new ComposeContainer(new File("../docker-compose.yml")).withBuild(true);
        SERVICES.forEach((service, port) -> compose.withExposedService(service, port,
                Wait.forHttp("/actuator/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(5))));
        compose.withExposedService("keycloak", 8080,
                Wait.forHttp("/realms/medmassage").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(5)));
        return compose;
    }

    @Test
    void every_service_is_healthy_and_a_plan_can_be_registered() {
        Api api = new Api();
        SERVICES.forEach((service, port) -> assertThat(api.get(url(service, port, "/actuator/health")).raw())
                .as(service).contains("UP"));

        String body = """
                {"planYearStart":"01-01","preAuthRequired":true,"referralRequired":false,"visitLimit":20,
                 "inNetwork":{"deductible":500.00,"coinsurancePercent":20,"copay":0.00,"outOfPocketMax":3000.00},
                 "outOfNetwork":{"deductible":1000.00,"coinsurancePercent":40,"copay":0.00,"outOfPocketMax":null}}
                """;
        HttpResponse<String> plan = send(HttpRequest.newBuilder(URI.create(url("benefits-service", 8084,
                        "/plans/GOLD-PPO")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token("admin"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
    }

    /** A demo user's access token from the compose Keycloak: the password grant of the README, password from .env. */
    private static String token(String username) {
        String form = "grant_type=password&client_id=medmassage-cli&username=" + username + "&password="
                + URLEncoder.encode(demoPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("keycloak", 8080,
                        "/realms/medmassage/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertThat(token.find()).as("a token for %s: %s", username, response.body()).isTrue();
        return token.group(1);
    }

    private static String demoPassword() {
        String fromShell = System.getenv("DEMO_USER_PASSWORD");
        if (fromShell != null && !fromShell.isBlank()) {
            return fromShell; // compose prefers the shell's value to .env's, and so does this test
        }
        try {
            return Files.readAllLines(Path.of("../.env")).stream()
                    .filter(line -> line.startsWith("DEMO_USER_PASSWORD="))
                    .map(line -> line.substring(line.indexOf('=') + 1).strip()).findFirst()
                    .orElseThrow(() -> new AssertionError("DEMO_USER_PASSWORD is not in .env"));
        } catch (IOException e) {
            throw new AssertionError("cannot read .env", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String url(String service, int port, String path) {
        return "http://" + STACK.getServiceHost(service, port) + ":" + STACK.getServicePort(service, port) + path;
    }
}
