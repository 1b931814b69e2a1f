package org.medmassage.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.benefits.fixtures.BenefitsRequests.goldPpoBody;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.OPS;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.PROVIDER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.medmassage.testsupport.EndpointRoleTable.endpoint;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.time.Duration;
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

/**
 * Issue 12 in benefits-service: the endpoint × role table, a member's benefits for that member only (by the
 * {@code /members/{memberId}} path: 403 for another's, audited), plans for every role, bad tokens.
 */
class BenefitsAccessIntegrationTest extends BenefitsServiceTest {

    private static final String PLAN = "GOLD-ACCESS";
    private static final String NPI = "1234567893";
    private static final List<String> MEMBER_READS = List.of("coverage", "coverages", "benefits?asOf=2026-03-10",
            "ledger");

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_only_the_roles_its_table_allows() {
        String member = coveredMember();
        String path = "/members/" + member;
        List<EndpointRoleTable.Endpoint> table = List.of(
                endpoint(PUT, path, Map.of("firstName", "Jane", "lastName", "Doe", "dateOfBirth", "1985-04-12"), ADMIN),
                endpoint(GET, path, null, MEMBER, REVIEWER, ADMIN),
                endpoint(PUT, path + "/coverage", coverage(), ADMIN),
                endpoint(GET, path + "/coverage", null, MEMBER, REVIEWER, ADMIN),
                endpoint(GET, path + "/coverages", null, MEMBER, REVIEWER, ADMIN),
                endpoint(GET, path + "/benefits?asOf=2026-03-10", null, MEMBER, REVIEWER, ADMIN),
                endpoint(GET, path + "/ledger", null, MEMBER, REVIEWER, ADMIN),
                endpoint(PUT, "/plans/" + PLAN, goldPpoBody(20), ADMIN),
                // a plan document is not PHI: every role reads it
                endpoint(GET, "/plans/" + PLAN, null, MEMBER, PROVIDER, PRESCRIBER, REVIEWER, ADMIN),
                endpoint(GET, "/audit?memberId=" + member, null, OPS),
                endpoint(GET, "/actuator/info", null, OPS),
                // not in the table: closed to everyone
                endpoint(DELETE, path + "/coverage", null),
                endpoint(DELETE, "/plans/" + PLAN, null));
        return EndpointRoleTable.check(http(), table, role -> ownersToken(role, member));
    }

    @TestFactory
    Stream<DynamicTest> refuses_bad_tokens_with_401_problems() {
        String member = coveredMember();
        return BadTokens.refusedBy(http(), endpoint(GET, "/members/" + member + "/benefits?asOf=2026-03-10", null,
                MEMBER), MEMBER, member, null);
    }

    @Test
    void refuses_a_member_another_members_benefits_with_403_and_audits_every_attempt() {
        String owner = coveredMember();
        String stranger = coveredMember();

        for (String read : MEMBER_READS) {
            http().get().uri("/members/" + owner + "/" + read).headers(Tokens.asMember(stranger)).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType("application/problem+json");
            http().get().uri("/members/" + owner + "/" + read).headers(Tokens.asMember(owner)).exchange()
                    .expectStatus().isOk();
            http().get().uri("/members/" + owner + "/" + read).headers(Tokens.as(REVIEWER)).exchange()
                    .expectStatus().isOk();
        }
        // not even their own coverage: only the payer's admin sets it
        http().put().uri("/members/" + owner + "/coverage").headers(Tokens.asMember(owner)).bodyValue(coverage())
                .exchange().expectStatus().isForbidden();

        List<String> trail = auditOf(owner).stream().map(line -> line.get("actor") + " " + line.get("action") + " "
                + line.get("resource") + " " + line.get("outcome")).toList();
        for (String read : List.of("coverage", "coverages", "benefits", "ledger")) {
            assertThat(trail).contains("member:" + stranger + " READ GET /members/" + owner + "/" + read + " DENIED",
                    "member:" + owner + " READ GET /members/" + owner + "/" + read + " ALLOWED",
                    "reviewer:test READ GET /members/" + owner + "/" + read + " ALLOWED");
        }
        assertThat(trail).contains("member:" + owner + " CHANGE PUT /members/" + owner + "/coverage DENIED");
        // the stranger's own trail has none of it
        assertThat(auditOf(stranger)).extracting(line -> (String) line.get("actor"))
                .doesNotContain("member:" + stranger);
    }

    @Test
    void shows_a_plan_to_every_role_but_lets_only_the_admin_change_it() {
        api.registerGoldPpo(PLAN, 20);

        for (Consumer<HttpHeaders> token : List.of(Tokens.asMember("M-ANY"), Tokens.asProvider(NPI),
                Tokens.asPrescriber(NPI), Tokens.as(REVIEWER), Tokens.as(OPS))) {
            http().get().uri("/plans/" + PLAN).headers(token).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.planId").isEqualTo(PLAN);
        }
        for (Consumer<HttpHeaders> token : List.of(Tokens.asMember("M-ANY"), Tokens.asProvider(NPI),
                Tokens.as(REVIEWER), Tokens.as(OPS))) {
            http().put().uri("/plans/" + PLAN).headers(token).bodyValue(goldPpoBody(99)).exchange()
                    .expectStatus().isForbidden();
        }
        http().get().uri("/plans/" + PLAN).headers(Tokens.as(ADMIN)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.visitLimit").isEqualTo(20);
    }

    /** A member of their own, covered by the plan for 2026. */
    private String coveredMember() {
        String member = "M-ACC-" + UUID.randomUUID().toString().substring(0, 8);
        api.registerGoldPpo(PLAN, 20);
        api.cover(member, PLAN);
        return member;
    }

    private static Map<String, Object> coverage() {
        return Map.of("planId", PLAN, "effectiveFrom", "2026-01-01", "effectiveTo", "2026-12-31");
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
