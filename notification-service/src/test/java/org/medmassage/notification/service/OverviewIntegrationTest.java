package org.medmassage.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medmassage.events.Adjustment;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.testsupport.KafkaProbe;
import org.medmassage.testsupport.Tokens;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import reactor.test.StepVerifier;

/**
 * Issue 16 item 1: the member's overview folded from the four topics through the real broker and PostgreSQL, read
 * once and live; and the portal page that shows it, served without a token under its own Content-Security-Policy.
 */
class OverviewIntegrationTest extends NotificationServiceTest {

    private static final LocalDate DOS = LocalDate.parse("2026-03-10");
    private static final LocalDate YEAR_START = LocalDate.parse("2026-01-01");
    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE =
            new ParameterizedTypeReference<>() {
            };

    private KafkaProbe kafka;

    @BeforeEach
    void probe() {
        kafka = new KafkaProbe(brokers);
    }

    @AfterEach
    void closeProbe() {
        kafka.close();
    }

    @Test
    void folds_coverage_authorization_cost_share_and_claim_events_into_the_members_figures() {
        kafka.publish(new CoverageActivated("M-OVERVIEW", "PLAN-1", YEAR_START, LocalDate.parse("2026-12-31"), true,
                true, 20, null, null, null, null, null));
        kafka.publish(approved("M-OVERVIEW"));
        kafka.publish(new VisitAuthorized("CLM-OV-1", "M-OVERVIEW", "AUTH-M-OVERVIEW", "A-1", DOS, 1, 11));
        kafka.publish(costShare("M-OVERVIEW", "CLM-OV-1", "420.00", 1));
        kafka.publish(adjudicated("M-OVERVIEW", "CLM-OV-1"));

        await().atMost(PATIENCE).until(() -> overview("M-OVERVIEW").get("claims").toString().contains("CLM-OV-1")
                && ((Map<?, ?>) overview("M-OVERVIEW").get("benefits")).get("deductibleRemaining") != null
                && Integer.valueOf(11).equals(((Map<?, ?>) overview("M-OVERVIEW").get("authorization")).get("visitsLeft")));
        Map<String, Object> overview = overview("M-OVERVIEW");

        Map<?, ?> benefits = (Map<?, ?>) overview.get("benefits");
        assertThat(new BigDecimal(benefits.get("deductibleMet").toString())).isEqualByComparingTo("80.00");
        assertThat(new BigDecimal(benefits.get("deductibleRemaining").toString())).isEqualByComparingTo("420.00");
        assertThat(benefits.get("visitsUsed")).isEqualTo(1);
        assertThat(benefits.get("visitLimit")).isEqualTo(20);
        Map<?, ?> claim = (Map<?, ?>) ((List<?>) overview.get("claims")).get(0);
        assertThat(claim.get("status")).isEqualTo("PAID");
        assertThat(new BigDecimal(claim.get("youOwe").toString())).isEqualByComparingTo("80.00");
        assertThat(claim.get("explanation")).isEqualTo(
                "Your visit on 2026-03-10 was processed: you owe $80.00 (applied to your deductible); your plan paid $0.00");
    }

    @Test
    void a_member_no_event_has_mentioned_has_an_empty_overview() {
        Map<String, Object> overview = overview("M-NOTHING-YET");
        assertThat(overview.get("memberId")).isEqualTo("M-NOTHING-YET");
        assertThat(overview.get("claims")).isEqualTo(List.of());
        assertThat(overview.get("revision")).isEqualTo(0);
    }

    @Test
    void the_live_stream_sends_the_overview_as_it_stands_then_each_newer_one() {
        kafka.publish(approved("M-OV-LIVE"));
        await().atMost(PATIENCE).until(() -> overview("M-OV-LIVE").get("authorization") != null);

        FluxExchangeResult<ServerSentEvent<Map<String, Object>>> stream = http().get()
                .uri("/members/M-OV-LIVE/overview/stream").headers(Tokens.asMember("M-OV-LIVE"))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(SSE);

        StepVerifier.create(stream.getResponseBody().filter(event -> event.data() != null))
                .assertNext(current -> {
                    assertThat(current.event()).isEqualTo("overview");
                    assertThat(current.data().get("revision")).isEqualTo(1);
                })
                .then(() -> kafka.publish(costShare("M-OV-LIVE", "CLM-OV-LIVE", "420.00", 1)))
                .assertNext(newer -> {
                    assertThat(newer.id()).isEqualTo("2");
                    Map<?, ?> benefits = (Map<?, ?>) newer.data().get("benefits");
                    assertThat(new BigDecimal(benefits.get("deductibleRemaining").toString()))
                            .isEqualByComparingTo("420.00");
                })
                .thenCancel()
                .verify(PATIENCE);
    }

    @Test
    void serves_the_portal_page_without_a_token_under_a_policy_that_lets_it_reach_only_the_issuer_and_claims() {
        http().get().uri("/portal").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/portal/");
        String page = http().get().uri("/portal/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                        .contains("script-src 'self'")
                        .contains("connect-src 'self' http://127.0.0.1:")
                        .contains("frame-ancestors 'none'"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"en\">", "id=\"sign-in\"", "id=\"timeline\"", "id=\"deductible-met\"");
        http().get().uri("/portal/portal.js").exchange().expectStatus().isOk();
        http().get().uri("/portal/config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.clientId").isEqualTo("medmassage-portal")
                .jsonPath("$.issuer").value(issuer -> assertThat(issuer.toString()).startsWith("http"))
                .jsonPath("$.claimsUrl").isEqualTo("http://127.0.0.1:8083");
        // the page's chain opens GET only: anything else there is the API's to refuse
        http().post().uri("/portal/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refuses_another_members_overview() {
        http().get().uri("/members/M-OWNER/overview").headers(Tokens.asMember("M-STRANGER")).exchange()
                .expectStatus().isForbidden();
    }

    private Map<String, Object> overview(String memberId) {
        return http().get().uri("/members/{memberId}/overview", memberId).headers(Tokens.asMember(memberId))
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    private static AuthApproved approved(String memberId) {
        return new AuthApproved("AUTH-" + memberId, "A-1", memberId, "REF-1", "1245319590", List.of("97124"), 12,
                LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-12"));
    }

    /** The story's first visit: 80.00 allowed, all of it to the deductible. */
    private static DomainEvent costShare(String memberId, String claimId, String deductibleRemaining, int visitsUsed) {
        LineCostShare line = new LineCostShare(1, money("80.00"), money("80.00"), money("0.00"), money("0.00"),
                money("0.00"), money("80.00"));
        return new CostShareApplied(claimId, memberId, DOS, NetworkTier.IN_NETWORK, List.of(line),
                money(deductibleRemaining), money("2920.00"), visitsUsed, 20, List.of(), YEAR_START,
                LocalDate.parse("2026-12-31"));
    }

    private static DomainEvent adjudicated(String memberId, String claimId) {
        AdjudicatedLine line = new AdjudicatedLine(1, "97124", 2, money("120.00"), money("80.00"), money("80.00"),
                money("0.00"), money("0.00"), money("0.00"), money("80.00"),
                List.of(new Adjustment("CO", "45", money("40.00")), new Adjustment("PR", "1", money("80.00"))),
                List.of());
        return new ClaimAdjudicated(claimId, memberId, DOS, "PAID", money("120.00"), money("80.00"), money("0.00"),
                money("80.00"), List.of(line));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
