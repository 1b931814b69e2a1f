package org.medmassage.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.referral.fixtures.ReferralBodies.story;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.events.referral.Prescriber;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Outboxes;
import org.medmassage.testsupport.ServiceIntegrationTest;
import org.medmassage.testsupport.TestDatabases;
import org.medmassage.testsupport.Tokens;
import org.medmassage.support.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** POST /referrals end to end: real PostgreSQL, real in-process KRaft broker, the transactional outbox in between. */
@ServiceIntegrationTest
class ReferralIntakeIntegrationTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.register(registry, "referral");
    }

    @LocalServerPort
    int port;

    String brokers;
    @Autowired
    DatabaseClient db;

    // this context's own broker: the system property names the broker of whichever context started last
    @Autowired
    void broker(EmbeddedKafkaBroker broker) {
        brokers = broker.getBrokersAsString();
    }

    @Test
    void records_the_story_referral_valid_for_42_days_and_announces_it() {
        Map<String, Object> created = http().post().uri("/referrals").bodyValue(story("M-STORY"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/referrals/.+")
                .expectBody(JSON_OBJECT).returnResult().getResponseBody();

        String referralId = (String) created.get("referralId");
        // MN-04: the story's window ended on 2026-04-12; recorded later than that, the referral is already EXPIRED
        String statusToday = LocalDate.now().isAfter(LocalDate.of(2026, 4, 12)) ? "EXPIRED" : "ACTIVE";
        assertThat(created).containsEntry("memberId", "M-STORY").containsEntry("status", statusToday)
                .containsEntry("validFrom", "2026-03-02").containsEntry("validTo", "2026-04-12")
                .containsEntry("prescriber", Map.of("npi", "1234567893", "name", "Dr. Ada Lovelace", "type", "MD"))
                .containsEntry("diagnosisCodes", List.of("M54.50")).containsEntry("procedureCodes", List.of("97124", "97140"))
                .containsEntry("sessions", 12).containsEntry("durationWeeks", 6).containsEntry("issuedOn", "2026-03-02");

        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            KafkaProbe.Received<ReferralRecorded> received = kafka.awaitEnvelope(ReferralRecorded.class,
                    event -> event.referralId().equals(referralId), Duration.ofSeconds(30));

            assertThat(received.payload()).isEqualTo(new ReferralRecorded(referralId, "M-STORY",
                    new Prescriber("1234567893", "Dr. Ada Lovelace", "MD"), List.of("M54.50"), List.of("97124", "97140"),
                    12, 6, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 12)));
            assertThat(received.key()).isEqualTo("M-STORY");
            assertThat(received.envelope().type()).isEqualTo("ReferralRecorded");
            assertThat(received.envelope().schemaVersion()).isEqualTo(1);
            assertThat(received.envelope().correlationId()).isEqualTo(referralId);
            assertThat(received.envelope().causationId()).isNull();
        }

        http().get().uri("/referrals/{id}", referralId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.referralId").isEqualTo(referralId)
                .jsonPath("$.validTo").isEqualTo("2026-04-12")
                .jsonPath("$.diagnosisCodes[0]").isEqualTo("M54.50");
    }

    @Test
    void rejects_m54_5_naming_the_code_and_its_billable_children_and_publishes_nothing() {
        Map<String, Object> body = story("M-HEADER");
        body.put("diagnosisCodes", List.of("M54.5"));

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("diagnosisCodes[0]")
                .jsonPath("$.errors[0].rule").isEqualTo("DX-08")
                .jsonPath("$.errors[0].message")
                .isEqualTo("M54.5 is a category, not a billable code on 2026-03-02: use M54.50, M54.51 or M54.59");

        assertNothingRecordedFor("M-HEADER");
    }

    @Test
    void records_a_referral_issued_today_as_active_against_the_current_icd10cm_release() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, Object> body = story("M-TODAY");
        body.put("issuedOn", today);

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.validFrom").isEqualTo(today)
                .jsonPath("$.diagnosisCodes[0]").isEqualTo("M54.50");
    }

    @Test
    void takes_m72_2_through_fy2026_and_from_fy2027_names_its_billable_children() {
        Map<String, Object> september = story("M-M722");
        september.put("issuedOn", "2026-09-15");
        september.put("diagnosisCodes", List.of("M72.2"));
        http().post().uri("/referrals").bodyValue(september).exchange().expectStatus().isCreated();

        Map<String, Object> december = story("M-M722");
        december.put("issuedOn", "2026-12-01");
        december.put("diagnosisCodes", List.of("M72.2"));
        http().post().uri("/referrals").bodyValue(december).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("diagnosisCodes[0]")
                .jsonPath("$.errors[0].rule").isEqualTo("DX-08")
                .jsonPath("$.errors[0].message")
                .isEqualTo("M72.2 is a category, not a billable code on 2026-12-01: use M72.20, M72.21 or M72.22");
    }

    @Test
    void refuses_a_referral_issued_after_today_naming_issuedOn_and_stores_nothing() {
        // A typo a year ahead; today is the service's clock (UTC), so the date is in the future whatever the zone here.
        String typo = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        Map<String, Object> body = story("M-FUTURE");
        body.put("issuedOn", typo);

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("issuedOn")
                .jsonPath("$.errors[0].rule").isEqualTo("MN-02")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .startsWith("issuedOn " + typo + " is after today, "));

        assertNothingRecordedFor("M-FUTURE");
    }

    @Test
    void lists_every_problem_of_a_bad_npi_and_missing_sessions_at_once() {
        Map<String, Object> body = story("M-INCOMPLETE");
        body.put("prescriber", Map.of("npi", "1234567890", "name", "Dr. Ada Lovelace", "type", "MD"));
        body.remove("sessions");

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[0].field").isEqualTo("prescriber.npi")
                .jsonPath("$.errors[0].rule").isEqualTo("MN-02")
                .jsonPath("$.errors[0].message").isEqualTo("NPI 1234567890 fails its check digit (the 10th digit should be 3)")
                .jsonPath("$.errors[1].field").isEqualTo("sessions")
                .jsonPath("$.errors[1].rule").isEqualTo("MN-02");

        assertNothingRecordedFor("M-INCOMPLETE");
    }

    @Test
    void rejects_a_prescriber_type_that_may_not_refer_and_wellness_codes_alone() {
        Map<String, Object> body = story("M-WELLNESS");
        body.put("prescriber", Map.of("npi", "1245319599", "name", "Sam Smith", "type", "LMT"));
        body.put("diagnosisCodes", List.of("Z73.3"));

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("prescriber.type")
                .jsonPath("$.errors[0].rule").isEqualTo("MN-03")
                .jsonPath("$.errors[1].field").isEqualTo("diagnosisCodes")
                .jsonPath("$.errors[1].rule").isEqualTo("MN-07");
    }

    @Test
    void answers_400_naming_the_field_for_malformed_json_or_a_wrong_type() {
        http().post().uri("/referrals").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"memberId\": \"M-TYPES\", ")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].rule").isEqualTo("Readable");

        Map<String, Object> wrongType = story("M-TYPES");
        wrongType.put("sessions", "twelve");
        http().post().uri("/referrals").bodyValue(wrongType).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("sessions");

        Map<String, Object> badDate = story("M-TYPES");
        badDate.put("issuedOn", "2026-02-30");
        http().post().uri("/referrals").bodyValue(badDate).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("issuedOn");

        assertNothingRecordedFor("M-TYPES");
    }

    @Test
    void lists_a_members_referrals_oldest_first_and_404s_an_unknown_one() {
        Map<String, Object> later = story("M-LIST");
        later.put("issuedOn", "2026-05-04");
        String second = create(later);
        String first = create(story("M-LIST"));

        http().get().uri("/members/{member}/referrals", "M-LIST").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].referralId").isEqualTo(first)
                .jsonPath("$[1].referralId").isEqualTo(second)
                .jsonPath("$[1].validTo").isEqualTo("2026-06-14");

        http().get().uri("/referrals/{id}", "no-such-referral").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("referral no-such-referral does not exist");
    }

    @Test
    void accepts_an_initial_encounter_injury_code_with_a_dx_05_warning_in_the_201() {
        Map<String, Object> body = story("M-WARN");
        body.put("diagnosisCodes", List.of("S13.4XXA"));

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.diagnosisCodes[0]").isEqualTo("S13.4XXA")
                .jsonPath("$.warnings.length()").isEqualTo(1)
                .jsonPath("$.warnings[0].field").isEqualTo("diagnosisCodes[0]")
                .jsonPath("$.warnings[0].rule").isEqualTo("DX-05")
                .jsonPath("$.warnings[0].message").isEqualTo("S13.4XXA is an initial-encounter (active treatment) code; "
                        + "massage after the acute workup is normally a subsequent encounter, S13.4XXD");
    }

    @Test
    void refuses_10000_diagnosis_codes_naming_the_list_and_stores_nothing() {
        Map<String, Object> body = story("M-FLOOD");
        body.put("diagnosisCodes", java.util.Collections.nCopies(10_000, "M54.50"));

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("diagnosisCodes")
                .jsonPath("$.errors[0].rule").isEqualTo("Size");

        assertNothingRecordedFor("M-FLOOD");
    }

    @Test
    void answers_413_problem_details_for_a_one_megabyte_body_and_stores_nothing() {
        Map<String, Object> body = story("M-HUGE");
        body.put("notes", "x".repeat(1024 * 1024));

        http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(413)
                .jsonPath("$.errors[0].field").isEqualTo("body");

        assertNothingRecordedFor("M-HUGE");
    }

    @Test
    void stores_and_returns_unicode_names_exactly() {
        String name = "Dr. Zoë Ñúñez-Łukasiewicz 李小龍 🩺";
        Map<String, Object> body = story("M-ÜNICODE-é");
        body.put("prescriber", Map.of("npi", "1234567893", "name", name, "type", "MD"));
        String referralId = create(body);

        http().get().uri("/referrals/{id}", referralId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.prescriber.name").isEqualTo(name)
                .jsonPath("$.memberId").isEqualTo("M-ÜNICODE-é");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            assertThat(kafka.await(ReferralRecorded.class, event -> event.referralId().equals(referralId))
                    .prescriber().name()).isEqualTo(name);
        }
    }

    private String create(Map<String, Object> body) {
        Map<String, Object> created = http().post().uri("/referrals").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return (String) created.get("referralId");
    }

    private void assertNothingRecordedFor(String memberId) {
        http().get().uri("/members/{member}/referrals", memberId).exchange()
                .expectStatus().isOk().expectBody().json("[]");
        try (KafkaProbe kafka = new KafkaProbe(brokers)) {
            // the refusal committed nothing: once the outbox is empty, nothing about the member can still come
            Outboxes.awaitPublished(db);
            assertThat(kafka.allUpToNow(ReferralRecorded.class, event -> event.memberId().equals(memberId))).isEmpty();
        }
    }

    /** As the payer's admin, who may record and read any referral; ReferralAccessIntegrationTest covers the roles. */
    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20))
                .defaultHeaders(Tokens.as(Role.ADMIN)).build();
    }
}
