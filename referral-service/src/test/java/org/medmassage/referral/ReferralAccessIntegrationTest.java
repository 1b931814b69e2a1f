package org.medmassage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmassage.referral.fixtures.ReferralBodies.story;
import static org.medmassage.support.security.Role.ADMIN;
import static org.medmassage.support.security.Role.MEMBER;
import static org.medmassage.support.security.Role.OPS;
import static org.medmassage.support.security.Role.PRESCRIBER;
import static org.medmassage.support.security.Role.REVIEWER;
import static org.medmassage.testsupport.EndpointRoleTable.endpoint;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.referral.fixtures.Submissions;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.BadTokens;
import org.medmassage.testsupport.EndpointRoleTable;
import org.medmassage.testsupport.Tokens;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;

/** Issue 12 in referral-service: the endpoint × role table, ownership, the audit trail, bad tokens, headers. */
class ReferralAccessIntegrationTest extends ReferralServiceTest {

    private static final String OTHER_NPI = "1245319599";

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_only_the_roles_its_table_allows() {
        String referral = create("M-TABLE");
        String letter = "/referrals/" + referral + "/letter-of-medical-necessity";
        List<EndpointRoleTable.Endpoint> table = List.of(
                endpoint(POST, "/referrals", story("M-TABLE"), PRESCRIBER, ADMIN),
                endpoint(GET, "/referrals/" + referral, null, MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                endpoint(GET, "/fhir/ServiceRequest/" + referral, null, MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                endpoint(POST, letter, null, MEMBER, PRESCRIBER, ADMIN),
                endpoint(GET, letter, null, MEMBER, PRESCRIBER, REVIEWER, ADMIN),
                endpoint(GET, "/members/M-TABLE/referrals", null, MEMBER, REVIEWER, ADMIN),
                endpoint(GET, "/audit?memberId=M-TABLE", null, OPS),
                endpoint(GET, "/actuator/info", null, OPS),
                // revoking is last: once revoked, what follows would answer 409 (still allowed, but less telling)
                endpoint(POST, "/referrals/" + referral + "/revoke", Map.of("reason", "table"), PRESCRIBER, ADMIN),
                // not in the table: closed to everyone
                endpoint(DELETE, "/referrals/" + referral, null));
        return EndpointRoleTable.check(http(), table, role -> ownersToken(role, "M-TABLE"));
    }

    @TestFactory
    Stream<DynamicTest> refuses_bad_tokens_with_401_problems() {
        String referral = create("M-BADTOKEN");
        return BadTokens.refusedBy(http(), endpoint(GET, "/referrals/" + referral, null, MEMBER), MEMBER,
                "M-BADTOKEN", null);
    }

    @Test
    void hides_another_members_referral_as_not_found_and_audits_the_attempt() {
        String referral = create("M-OWNER");

        http().get().uri("/referrals/{id}", referral).headers(Tokens.asMember("M-STRANGER")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("referral " + referral + " does not exist");
        http().get().uri("/referrals/{id}/letter-of-medical-necessity", referral).headers(Tokens.asMember("M-STRANGER"))
                .exchange().expectStatus().isNotFound();
        http().get().uri("/members/M-OWNER/referrals").headers(Tokens.asMember("M-STRANGER")).exchange()
                .expectStatus().isForbidden();
        http().get().uri("/referrals/{id}", referral).headers(Tokens.asMember("M-OWNER")).exchange()
                .expectStatus().isOk();

        List<Map<String, Object>> trail = auditOf("M-OWNER");
        assertThat(trail).extracting(line -> line.get("actor") + " " + line.get("resource") + " " + line.get("outcome"))
                .contains("member:M-STRANGER GET /referrals/" + referral + " DENIED",
                        "member:M-STRANGER GET /referrals/" + referral + "/letter-of-medical-necessity DENIED",
                        "member:M-STRANGER GET /members/M-OWNER/referrals DENIED",
                        "member:M-OWNER GET /referrals/" + referral + " ALLOWED");
        assertThat(trail).allSatisfy(line -> assertThat(line).containsKeys("at", "roles", "action", "status",
                "correlationId"));
    }

    @Test
    void a_member_id_in_the_query_of_another_endpoint_writes_nothing_in_that_members_trail() {
        String referral = create("M-QUERIER");

        http().get().uri("/referrals/{id}?memberId=M-VICTIM", referral).headers(Tokens.asMember("M-QUERIER"))
                .exchange().expectStatus().isOk();
        http().get().uri("/members/M-QUERIER/referrals?memberId=M-VICTIM").headers(Tokens.asMember("M-QUERIER"))
                .exchange().expectStatus().isOk();

        assertThat(auditOf("M-VICTIM")).isEmpty();
        assertThat(auditOf("M-QUERIER")).isNotEmpty();
    }

    @Test
    void lets_a_prescriber_sign_and_read_only_its_own_referrals() {
        String referral = create("M-SIGNED");

        http().get().uri("/referrals/{id}", referral).headers(Tokens.asPrescriber(Submissions.STORY_NPI)).exchange()
                .expectStatus().isOk();
        http().get().uri("/referrals/{id}", referral).headers(Tokens.asPrescriber(OTHER_NPI)).exchange()
                .expectStatus().isNotFound();
        http().post().uri("/referrals").headers(Tokens.asPrescriber(OTHER_NPI)).bodyValue(story("M-FORGED")).exchange()
                .expectStatus().isForbidden();
        http().get().uri("/members/M-FORGED/referrals").headers(Tokens.as(ADMIN)).exchange()
                .expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void keeps_the_audit_trail_append_only_even_for_the_services_database_user() {
        create("M-APPEND");
        http().get().uri("/members/M-APPEND/referrals").headers(Tokens.asMember("M-APPEND")).exchange()
                .expectStatus().isOk();
        assertThat(auditOf("M-APPEND")).isNotEmpty();

        assertThatThrownBy(() -> db.sql("update audit_log set outcome = 'ALLOWED' where member_id = 'M-APPEND'")
                .then().block(Duration.ofSeconds(10))).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.sql("delete from audit_log where member_id = 'M-APPEND'")
                .then().block(Duration.ofSeconds(10))).hasMessageContaining("append-only");
        assertThat(auditOf("M-APPEND")).isNotEmpty();
    }

    @Test
    void answers_with_the_security_headers_of_a_json_api_and_no_cors_for_unknown_origins() {
        http().get().uri("/members/M-HEADERS/referrals").headers(Tokens.asMember("M-HEADERS"))
                .header(HttpHeaders.ORIGIN, "https://evil.example").exchange()
                // no Access-Control-Allow-Origin: a browser on that origin is not given the answer
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        http().get().uri("/members/M-HEADERS/referrals").headers(Tokens.asMember("M-HEADERS")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'none'.*frame-ancestors 'none'.*")
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*");
    }

    private List<Map<String, Object>> auditOf(String memberId) {
        return EndpointRoleTable.auditOf(http(), memberId);
    }

    private static Consumer<HttpHeaders> ownersToken(Role role, String memberId) {
        return Tokens.asOwner(role, memberId, Submissions.STORY_NPI);
    }

    private String create(String memberId) {
        Map<String, Object> created = http().post().uri("/referrals").headers(Tokens.asPrescriber(Submissions.STORY_NPI))
                .bodyValue(story(memberId)).exchange().expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        return (String) created.get("referralId");
    }
}
