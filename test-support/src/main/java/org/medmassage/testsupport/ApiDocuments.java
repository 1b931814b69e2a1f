package org.medmassage.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.medmassage.support.security.EndpointAccess;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service's OpenAPI document and Swagger UI as dynamic tests (issue 16 item 5, decision 0076), read without a
 * token: the document lists exactly the operations of the endpoint × role table (method and path template), names
 * the service, its build version and the bearer JWT, and its examples fit their schemas; Swagger UI is served from
 * the webjar; nothing but reading them is open. {@link #document} and {@link #example} let a service check its own
 * examples.
 */
public final class ApiDocuments {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private ApiDocuments() {
    }

    public static Stream<DynamicTest> check(int port, EndpointAccess access, String service, String buildVersion) {
        WebTestClient client = client(port);
        return Stream.of(
                DynamicTest.dynamicTest("the document lists every endpoint of the access table and no other", () ->
                        assertThat(operations(document(client))).as("operations of GET /v3/api-docs")
                                .containsExactlyInAnyOrderElementsOf(rows(access))),
                DynamicTest.dynamicTest("the document names the service, its build, the bearer JWT and its server", () ->
                        describesTheService(document(client), "MedMassage " + service, buildVersion, port)),
                DynamicTest.dynamicTest("every operation says its roles and its problem details", () ->
                        everyOperationSaysRolesAndProblems(document(client))),
                DynamicTest.dynamicTest("every request example has the fields of its schema", () ->
                        examplesFitTheirSchemas(document(client))),
                DynamicTest.dynamicTest("the document is also served as YAML", () ->
                        assertThat(client.get().uri("/v3/api-docs.yaml").exchange().expectStatus().isOk()
                                .expectBody(String.class).returnResult().getResponseBody())
                                .startsWith("openapi: 3.1").contains("title: MedMassage " + service)),
                DynamicTest.dynamicTest("Swagger UI answers HTML from the webjar, loading nothing from elsewhere", () ->
                        swaggerUiIsServed(client)),
                DynamicTest.dynamicTest("only reading is open: a POST to the document without a token is a 401", () ->
                        EndpointRoleTable.assertProblem(client.post().uri("/v3/api-docs").exchange().expectBody()
                                .returnResult(), 401)));
    }

    /** The service's OpenAPI document, read without a token. */
    public static Map<String, Object> document(int port) {
        return document(client(port));
    }

    /** The named example of an operation's JSON request body. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> example(Map<String, Object> document, String method, String path, String name) {
        Map<String, Object> body = (Map<String, Object>) operation(document, path, method).get("requestBody");
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
        Map<String, Object> example = (Map<String, Object>) ((Map<String, Object>) json.get("examples")).get(name);
        assertThat(example).as("example " + name + " of " + method + " " + path).isNotNull();
        return (Map<String, Object>) example.get("value");
    }

    private static Map<String, Object> document(WebTestClient client) {
        return client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    private static List<String> rows(EndpointAccess access) {
        return access.allRules().stream().map(rule -> rule.method().name() + " " + rule.pattern()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> operations(Map<String, Object> document) {
        List<String> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(METHODS::contains).forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static void describesTheService(Map<String, Object> document, String title, String version, int port) {
        assertThat((String) document.get("openapi")).startsWith("3.1");
        Map<String, Object> info = (Map<String, Object>) document.get("info");
        assertThat(info).containsEntry("title", title).containsEntry("version", version);
        assertThat((String) info.get("description")).isNotBlank();
        // not written anywhere: the server is the one the document was read from
        assertThat((List<Map<String, Object>>) document.get("servers")).extracting(server -> server.get("url"))
                .containsExactly("http://localhost:" + port);
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> bearer = (Map<String, Object>) ((Map<String, Object>) components.get("securitySchemes"))
                .get("bearer-jwt");
        assertThat(bearer).containsEntry("type", "http").containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT");
        assertThat((String) bearer.get("description")).contains("`member`", "`provider`", "`prescriber`", "`reviewer`",
                "`admin`", "`ops`");
        assertThat((List<Map<String, Object>>) document.get("security")).containsExactly(Map.of("bearer-jwt", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static void everyOperationSaysRolesAndProblems(Map<String, Object> document) {
        for (String row : operations(document)) {
            String[] methodAndPath = row.split(" ", 2);
            Map<String, Object> operation = operation(document, methodAndPath[1], methodAndPath[0]);
            assertThat((String) operation.get("description")).as(row).contains("Roles: ");
            assertThat((Map<String, Object>) operation.get("responses")).as(row).containsKeys("400", "401", "403", "503");
        }
    }

    @SuppressWarnings("unchecked")
    private static void examplesFitTheirSchemas(Map<String, Object> document) {
        for (String row : operations(document)) {
            String[] methodAndPath = row.split(" ", 2);
            Map<String, Object> body = (Map<String, Object>) operation(document, methodAndPath[1], methodAndPath[0])
                    .get("requestBody");
            Map<String, Object> json = body == null ? null
                    : (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
            if (json == null || json.get("examples") == null) {
                continue;
            }
            ((Map<String, Map<String, Object>>) json.get("examples")).forEach((name, example) ->
                    SchemaFit.check(document, row + " example " + name, (Map<String, Object>) json.get("schema"),
                            example.get("value")));
        }
    }

    private static void swaggerUiIsServed(WebTestClient client) {
        String page = client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        EntityExchangeResult<String> html = client.get().uri(page).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                // the browser may run the webjar's scripts and fetch the document from this origin only
                .expectHeader().valueMatches("Content-Security-Policy", ".*script-src 'self'.*connect-src 'self'.*")
                .expectBody(String.class).returnResult();
        assertThat(html.getResponseBody()).contains("swagger-ui");
        String base = page.substring(0, page.lastIndexOf('/') + 1);
        Matcher assets = ASSET.matcher(html.getResponseBody());
        Set<String> loaded = new TreeSet<>();
        while (assets.find()) {
            loaded.add(assets.group(1));
        }
        assertThat(loaded).as("what the page loads").isNotEmpty().noneMatch(asset -> asset.contains("//"));
        for (String asset : loaded) {
            client.get().uri(base + asset.replaceFirst("^\\./", "")).exchange().expectStatus().isOk();
        }
        assertThat(client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("\"url\":\"/v3/api-docs\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(Map<String, Object> document, String path, String method) {
        Map<String, Object> item = ((Map<String, Map<String, Object>>) document.get("paths")).get(path);
        assertThat(item).as("path " + path).isNotNull();
        Map<String, Object> operation = (Map<String, Object>) item.get(method.toLowerCase());
        assertThat(operation).as(method + " " + path).isNotNull();
        return operation;
    }

    private static WebTestClient client(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
