package org.medmassage.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP, the way a portal or a clearinghouse would call the services: with the bearer token of the role it
 * acts as, from the issuer the services trust ({@link #as}).
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http;
    private final String bearerToken;

    Api() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), null);
    }

    private Api(HttpClient http, String bearerToken) {
        this.http = http;
        this.bearerToken = bearerToken;
    }

    /** This client acting as {@code role}; {@code memberId} for a member, {@code npi} for a provider or prescriber. */
    Api as(String issuerUri, String role, String memberId, String npi) {
        String form = "grant_type=client_credentials&client_id=system-tests&client_secret=local-development&role="
                + role + (memberId == null ? "" : "&member_id=" + memberId) + (npi == null ? "" : "&npi=" + npi);
        JsonNode token = send(HttpRequest.newBuilder(URI.create(issuerUri + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).requireStatus(200);
        return new Api(http, token.get("access_token").asText());
    }

    record Response(int status, JsonNode body, String raw, HttpHeaders headers) {
        JsonNode requireStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + raw);
            }
            return body;
        }

        /** The body as text, e.g. FHIR JSON for HAPI to parse, once the status is the one expected. */
        String requireStatusRaw(int expected) {
            requireStatus(expected);
            return raw;
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    Response get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Response post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST of a body of another media type, e.g. an X12 837P as {@code application/edi-x12}. */
    Response postAs(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST with extra request headers, e.g. an Idempotency-Key. */
    Response post(String url, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    Response put(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    String text(String url) {
        return get(url).raw();
    }

    private Response send(HttpRequest.Builder request) {
        try {
            if (bearerToken != null) {
                request.header("Authorization", "Bearer " + bearerToken);
            }
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() || !looksLikeJson(body) ? null : JSON.readTree(body);
            return new Response(response.statusCode(), json, body, response.headers());
        } catch (IOException e) {
            throw new AssertionError("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean looksLikeJson(String body) {
        char first = body.strip().charAt(0);
        return first == '{' || first == '[';
    }
}
