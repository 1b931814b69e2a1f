package org.medmassage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP/1.1 with the JDK client: the bench's only way into the services, like any other client, with the
 * bearer token of the role it acts as ({@link #as}).
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String bearerToken;

    Json() {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build(),
                null);
    }

    private Json(HttpClient http, String bearerToken) {
        this.http = http;
        this.bearerToken = bearerToken;
    }

    /** The same client acting as a role of the issuer: {@code role} is member, provider, …; {@code npi} may be null. */
    Json as(String issuerUri, String role, String npi) {
        String form = "grant_type=client_credentials&client_id=medmassage-bench&client_secret=local-development&role="
                + role + (npi == null ? "" : "&npi=" + npi);
        Response token = send(HttpRequest.newBuilder(URI.create(issuerUri + "/token")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return new Json(http, token.require(200, "token from " + issuerUri).get("access_token").asText());
    }

    record Response(int status, String raw) {
        JsonNode body() {
            return MAPPER.readTree(raw);
        }

        JsonNode require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + " (expected " + expected + "): " + raw);
            }
            return body();
        }
    }

    Response put(String url, String body) {
        return send(request(url).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response post(String url, String body) {
        return send(request(url).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response get(String url) {
        return send(request(url).GET().build());
    }

    CompletableFuture<Response> postAsync(String url, String body) {
        return http.sendAsync(request(url).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).thenApply(r -> new Response(r.statusCode(), r.body()));
    }

    String text(String url) {
        return get(url).raw();
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
