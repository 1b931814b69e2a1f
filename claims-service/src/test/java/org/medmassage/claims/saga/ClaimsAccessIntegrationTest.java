package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.OPS;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.medmassage.testsupport.EndpointRoleTable.endpoint;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.events.Topics;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.BadTokens;
import org.medmassage.testsupport.EndpointRoleTable;
import org.medmassage.testsupport.Tokens;
import org.medmassage.claims.x12.X12Fixtures;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 12 in claims-service: the endpoint × role table, ownership of claims, the audit trail, bad tokens. */
class ClaimsAccessIntegrationTest extends ClaimsServiceTest {

    private static final String OTHER_NPI = "1245319599";

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_only_the_roles_its_table_allows() {
        String member = member();
        String claimId = api.submit(claim(member, NPI));
        String estimateId = goodFaithEstimateOf(member);
        List<EndpointRoleTable.Endpoint> table = List.of(
                endpoint(POST, "/claims", claim(member, NPI), PROVIDER),
                endpoint(GET, "/claims/" + claimId, null, MEMBER, PROVIDER, ADMIN),
                endpoint(GET, "/claims?status=PENDED", null, ADMIN),
                // still RECEIVED: the admin gets past security to a 409
                endpoint(POST, "/claims/" + claimId + "/void", Map.of("reason", "table"), ADMIN),
                // issue 13 items 7 and 8; the claim is still RECEIVED: past security to a 409
                endpoint(GET, "/claims/" + claimId + "/eob", null, MEMBER, PROVIDER, ADMIN),
                endpoint(GET, "/claims/" + claimId + "/remittance", null, PROVIDER, ADMIN),
                // issue 18 item 4: CARIN Blue Button, read like the EOB; still RECEIVED: past security to a 404
                endpoint(GET, "/fhir/ExplanationOfBenefit/" + claimId, null, MEMBER, PROVIDER, ADMIN),
                endpoint(GET, "/fhir/ExplanationOfBenefit?patient=" + member, null, MEMBER, ADMIN),
                // issue 15 item 6: the HSA/FSA receipt, read like the EOB; still RECEIVED: past security to a 409
                endpoint(GET, "/claims/" + claimId + "/receipt", null, MEMBER, PROVIDER, ADMIN),
                endpoint(GET, "/remittances?providerNpi=" + NPI + "&paidOn=" + DOS, null, PROVIDER, ADMIN),
                // issue 18 (decision 0078): the 837P intake, for the provider of the claims' NPI and the admin
                endpoint(POST, "/x12/837", new EndpointRoleTable.Body(MediaType.parseMediaType("application/edi-x12"),
                        X12Fixtures.story(member)), PROVIDER, ADMIN),
                endpoint(GET, "/x12/835?providerNpi=" + NPI + "&paidOn=" + DOS, null, PROVIDER, ADMIN),
                // still RECEIVED: past security to a 409
                endpoint(GET, "/claims/" + claimId + "/835", null, PROVIDER, ADMIN),
                // issue 15 item 5 (decision 0075): the provider of its NPI or the admin issues a Good Faith Estimate,
                // its patient reads it too and lists theirs
                endpoint(POST, "/good-faith-estimates", estimate(member), PROVIDER, ADMIN),
                endpoint(GET, "/good-faith-estimates/" + estimateId, null, MEMBER, PROVIDER, ADMIN),
                endpoint(GET, "/members/" + member + "/good-faith-estimates", null, MEMBER, ADMIN),
                // the rates ClaimsServiceTest registers and the out-of-network test sets, so no other test notices
                endpoint(PUT, "/providers/" + NPI, Map.of("name", "Calm Hands Massage", "network", "IN_NETWORK",
                        "rates", Map.of("97124", new BigDecimal("40.00"), "97140", new BigDecimal("38.00"))), ADMIN),
                // decision 0060: the stored provider, for the admin and the provider of that NPI
                endpoint(GET, "/providers/" + NPI, null, PROVIDER, ADMIN),
                endpoint(PUT, "/fee-schedules/out-of-network", Map.of("rates", Map.of("97124", new BigDecimal("30.00"),
                        "97140", new BigDecimal("30.00"))), ADMIN),
                endpoint(GET, "/audit?memberId=" + member, null, OPS),
                endpoint(GET, "/actuator/info", null, OPS),
                // not in the table: closed to everyone
                endpoint(DELETE, "/claims/" + claimId, null));
        return EndpointRoleTable.check(http(), table, role -> ownersToken(role, member));
    }

    @TestFactory
    Stream<DynamicTest> refuses_bad_tokens_with_401_problems() {
        String member = member();
        String claimId = api.submit(claim(member, NPI));
        return BadTokens.refusedBy(http(), endpoint(GET, "/claims/" + claimId, null, MEMBER), MEMBER, member, null);
    }

    @Test
    void hides_a_claim_from_other_members_and_providers_as_not_found_and_audits_the_attempts() {
        String owner = member();
        String stranger = member();
        String claimId = api.submit(claim(owner, NPI));

        http().get().uri("/claims/{id}", claimId).headers(Tokens.asMember(stranger)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("claim " + claimId + " does not exist");
        http().get().uri("/claims/{id}", claimId).headers(Tokens.asProvider(OTHER_NPI)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("claim " + claimId + " does not exist");
        http().get().uri("/claims/{id}", claimId).headers(Tokens.asMember(owner)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.memberId").isEqualTo(owner);
        http().get().uri("/claims/{id}", claimId).headers(Tokens.asProvider(NPI)).exchange()
                .expectStatus().isOk();
        // the void is a change of the member's data: audited under the claim's member (409: still RECEIVED)
        http().post().uri("/claims/{id}/void", claimId).headers(Tokens.as(ADMIN))
                .bodyValue(Map.of("reason", "Billed in error.")).exchange().expectStatus().isEqualTo(409);

        List<Map<String, Object>> trail = auditOf(owner);
        assertThat(trail).extracting(line -> line.get("actor") + " " + line.get("action") + " " + line.get("resource")
                        + " " + line.get("outcome"))
                .contains("member:" + stranger + " READ GET /claims/" + claimId + " DENIED",
                        "provider:" + OTHER_NPI + " READ GET /claims/" + claimId + " DENIED",
                        "member:" + owner + " READ GET /claims/" + claimId + " ALLOWED",
                        "provider:" + NPI + " READ GET /claims/" + claimId + " ALLOWED",
                        "admin:test CHANGE POST /claims/" + claimId + "/void REFUSED");
        assertThat(trail).allSatisfy(line -> assertThat(line).containsKeys("at", "roles", "status", "correlationId"));
        // recorded under the member whose claim it is, not the stranger's
        assertThat(auditOf(stranger)).extracting(line -> (String) line.get("resource"))
                .noneMatch(resource -> resource.contains("/claims/"));
    }

    @Test
    void refuses_a_provider_submitting_under_another_npi_with_403_and_stores_no_claim() {
        String member = member();

        http().post().uri("/claims").headers(Tokens.asProvider(OTHER_NPI)).bodyValue(claim(member, NPI)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType("application/problem+json");

        assertThat(claimsOf(member)).isZero();
        assertThat(auditOf(member)).extracting(line -> line.get("actor") + " " + line.get("action") + " "
                        + line.get("resource") + " " + line.get("outcome") + " " + line.get("status"))
                .contains("provider:" + OTHER_NPI + " CHANGE POST /claims DENIED 403")
                .noneMatch(line -> line.contains("POST /claims ALLOWED"));

        // the same claim from its own provider is accepted
        api.submit(claim(member, NPI));
        assertThat(claimsOf(member)).isOne();
    }

    @Test
    void lets_neither_a_member_nor_the_admin_submit_a_claim() {
        String member = member();

        http().post().uri("/claims").headers(Tokens.asMember(member)).bodyValue(claim(member, NPI)).exchange()
                .expectStatus().isForbidden();
        http().post().uri("/claims").headers(Tokens.as(ADMIN)).bodyValue(claim(member, NPI)).exchange()
                .expectStatus().isForbidden();

        assertThat(claimsOf(member)).isZero();
    }

    /** NPI given a tax id, an address and cash rates, and the member announced: an estimate they may both read. */
    private String goodFaithEstimateOf(String member) {
        api.registerProviderPractisingIn(NPI, "IN_NETWORK", Map.of("97124", "40.00", "97140", "38.00"), "WA",
                Map.of("97124", "30.00", "97140", "28.50"), "12-3456789");
        kafka.publish(new MemberRegistered(member, "Jane", "Doe", LocalDate.of(1980, 5, 17)));
        kafka.awaitConsumed("claims-service", Topics.BENEFIT);
        return new GoodFaithEstimatesApi(http()).issue(estimate(member)).get("estimateId").asString();
    }

    private static Map<String, Object> estimate(String member) {
        return GoodFaithEstimatesApi.series(member, NPI, DOS.minusDays(20), List.of(DOS, DOS.plusWeeks(1)));
    }

    private static Map<String, Object> claim(String member, String npi) {
        return ClaimsApi.claim(member, "A123", npi, DOS, "97124", 30, "120.00");
    }

    private long claimsOf(String member) {
        return db.sql("select count(*) from claim where member_id = :member").bind("member", member)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    private List<Map<String, Object>> auditOf(String memberId) {
        return EndpointRoleTable.auditOf(http(), memberId);
    }

    private static Consumer<HttpHeaders> ownersToken(Role role, String memberId) {
        return Tokens.asOwner(role, memberId, NPI);
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
