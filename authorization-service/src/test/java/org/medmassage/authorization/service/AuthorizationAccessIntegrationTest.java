package org.medmassage.authorization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.service.ServiceFixtures.newMember;
import static org.medmassage.authorization.service.ServiceFixtures.requestBody;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.OPS;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.medmassage.testsupport.EndpointRoleTable.endpoint;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.BadTokens;
import org.medmassage.testsupport.EndpointRoleTable;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 12 in authorization-service: the endpoint × role table, ownership with the audit trail, bad tokens. */
class AuthorizationAccessIntegrationTest extends AuthorizationServiceTest {

    private static final String OWN_NPI = ServiceFixtures.PROVIDER;
    private static final String OTHER_NPI = "1245319599";

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_only_the_roles_its_table_allows() {
        String member = newMember();
        String authorization = create(member);
        List<EndpointRoleTable.Endpoint> table = List.of(
                endpoint(POST, "/authorizations", requestBody(member, 12), PROVIDER, ADMIN),
                endpoint(GET, "/authorizations/" + authorization, null, MEMBER, PROVIDER, REVIEWER, ADMIN),
                endpoint(GET, "/authorizations?status=PENDED", null, REVIEWER, ADMIN),
                // MN-06: its rendering provider or its referral's prescriber, by NPI (a pended request answers 409)
                endpoint(POST, "/authorizations/" + authorization + "/progress-report", Map.of("reportedOn",
                        "2026-03-20", "objectiveMeasures", "cervical rotation 45° → 70°", "improvement",
                        "MEASURABLE"), PROVIDER, PRESCRIBER),
                // PA-06: its rendering provider, by NPI (a pended request answers 409)
                endpoint(POST, "/authorizations/" + authorization + "/extension", Map.of("additionalVisits", 4,
                        "reason", "cervical rotation 45° → 70°"), PROVIDER),
                // a pended request's reviewer decides it (200); run last of the table's writes on it
                endpoint(POST, "/authorizations/" + authorization + "/decision", Map.of("outcome", "DENY", "reason",
                        "no referral after 14 days", "denialReason", Map.of("code", "MN-01", "text",
                                "no referral for massage is on file")), REVIEWER),
                // Da Vinci PAS (decision 0079): a Bundle without a Claim answers 422 to whoever may send one
                endpoint(POST, "/fhir/Claim/$submit", Map.of("resourceType", "Bundle", "type", "collection"),
                        PROVIDER, ADMIN),
                endpoint(POST, "/fhir/Claim/$inquire", Map.of("resourceType", "Bundle", "type", "collection"),
                        MEMBER, PROVIDER, REVIEWER, ADMIN),
                endpoint(GET, "/audit?memberId=" + member, null, OPS),
                endpoint(GET, "/actuator/info", null, OPS),
                // not in the table: closed to everyone
                endpoint(DELETE, "/authorizations/" + authorization, null));
        return EndpointRoleTable.check(anonymous(), table, role -> ownersToken(role, member));
    }

    @TestFactory
    Stream<DynamicTest> refuses_bad_tokens_with_401_problems() {
        String member = newMember();
        String authorization = create(member);
        return BadTokens.refusedBy(anonymous(), endpoint(GET, "/authorizations/" + authorization, null, MEMBER),
                MEMBER, member, null);
    }

    @Test
    void hides_another_members_authorization_as_not_found_and_audits_the_attempt() {
        String owner = newMember();
        String stranger = newMember();
        String authorization = create(owner);
        String missing = UUID.randomUUID().toString();

        anonymous().get().uri("/authorizations/{id}", authorization).headers(Tokens.asMember(stranger)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("authorization " + authorization + " does not exist");
        // the same answer as for an authorization that does not exist: a stranger learns nothing
        anonymous().get().uri("/authorizations/{id}", missing).headers(Tokens.asMember(stranger)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("authorization " + missing + " does not exist");
        anonymous().get().uri("/authorizations/{id}", authorization).headers(Tokens.asMember(owner)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.memberId").isEqualTo(owner);

        List<Map<String, Object>> trail = auditOf(owner);
        assertThat(trail).extracting(line -> line.get("actor") + " " + line.get("action") + " "
                        + line.get("resource") + " " + line.get("outcome"))
                .contains("member:" + stranger + " READ GET /authorizations/" + authorization + " DENIED",
                        "member:" + owner + " READ GET /authorizations/" + authorization + " ALLOWED",
                        "provider:" + OWN_NPI + " CHANGE POST /authorizations ALLOWED");
        assertThat(trail).allSatisfy(line -> assertThat(line).containsKeys("at", "roles", "status", "correlationId"));
    }

    @Test
    void lets_a_provider_request_and_read_only_under_its_own_npi() {
        String member = newMember();
        String authorization = create(member);

        anonymous().get().uri("/authorizations/{id}", authorization).headers(Tokens.asProvider(OWN_NPI)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.providerNpi").isEqualTo(OWN_NPI);
        anonymous().get().uri("/authorizations/{id}", authorization).headers(Tokens.asProvider(OTHER_NPI)).exchange()
                .expectStatus().isNotFound();

        String forged = newMember();
        anonymous().post().uri("/authorizations").headers(Tokens.asProvider(OTHER_NPI))
                .bodyValue(requestBody(forged, 12)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        assertThat(authorizationsOf(forged)).isZero();

        assertThat(auditOf(member)).extracting(line -> line.get("actor") + " " + line.get("resource") + " "
                        + line.get("outcome"))
                .contains("provider:" + OTHER_NPI + " GET /authorizations/" + authorization + " DENIED",
                        "provider:" + OWN_NPI + " GET /authorizations/" + authorization + " ALLOWED");
        assertThat(auditOf(forged)).extracting(line -> line.get("actor") + " " + line.get("action") + " "
                        + line.get("resource") + " " + line.get("outcome") + " " + line.get("status"))
                .containsExactly("provider:" + OTHER_NPI + " CHANGE POST /authorizations DENIED 403");
    }

    /** A provider's request, still pended (its referral is not known here): it names the member and the NPI. */
    private String create(String member) {
        Map<String, Object> created = anonymous().post().uri("/authorizations").headers(Tokens.asProvider(OWN_NPI))
                .bodyValue(requestBody(member, 12)).exchange()
                .expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
        return (String) created.get("authorizationId");
    }

    private long authorizationsOf(String member) {
        return db.sql("select count(*) from prior_authorization where member_id = :member").bind("member", member)
                .map(row -> ((Number) row.get(0)).longValue()).one().block(DEADLINE);
    }

    private List<Map<String, Object>> auditOf(String memberId) {
        return EndpointRoleTable.auditOf(anonymous(), memberId);
    }

    private static Consumer<HttpHeaders> ownersToken(Role role, String memberId) {
        return Tokens.asOwner(role, memberId, OWN_NPI);
    }

    /** Without the admin's default token of the other tests: each call here says who it is. */
    private WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(DEADLINE).build();
    }
}
