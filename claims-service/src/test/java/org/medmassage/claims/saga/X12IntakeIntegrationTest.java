package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.claims.x12.X12Fixtures.edited;
import static org.medmassage.claims.x12.X12Fixtures.recounted;
import static org.medmassage.claims.x12.X12Fixtures.story;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.x12.Balances835;
import org.medmassage.claims.x12.X12Reader;
import org.medmassage.events.NetworkTier;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.security.Role;
import org.medmassage.testsupport.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 item 1 (decision 0078): an 837P file through POST /x12/837 on the real broker and database — the story's two
 * visits give the claims, events and amounts the JSON API gives; a bad file is a 999 or TA1 rejection, nothing stored.
 */
class X12IntakeIntegrationTest extends ClaimsServiceTest {

    private static final MediaType EDI_X12 = MediaType.parseMediaType("application/edi-x12");
    private static final LocalDate SECOND_DOS = LocalDate.of(2026, 3, 17);

    @Test
    void the_story_837P_is_acknowledged_adjudicated_to_the_amounts_of_the_JSON_api_and_remitted_as_a_balanced_835()
            throws Exception {
        String member = member();
        EntityExchangeResult<String> answer = send(story(member), Tokens.asOwner(Role.PROVIDER, member, NPI));

        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(answer.getResponseHeaders().getContentType().toString()).startsWith("application/edi-x12");
        assertThat(answer.getResponseBody()).contains("AK2*837*0001*005010X222A1~", "IK5*A~", "AK9*A*1*1*1~")
                .doesNotContain("IK3");
        assertThat(X12Reader.read(answer.getResponseBody()).groups().get(0).errors()).as("the 999's own GS/GE").isEmpty();
        List<String> ids = claimIds(answer);
        assertThat(ids).hasSize(2);

        String jsonMember = member();
        String firstJson = api.submit(ClaimsApi.claim(jsonMember, "A123", NPI, DOS, "97124", 30, "120.00"));
        String secondJson = api.submit(ClaimsApi.claim(jsonMember, "A123", NPI, SECOND_DOS, "97124", 38, "180.00"));

        // visit 1: 2 units, allowed 80.00, all to the deductible; visit 2: 3 units, allowed 120.00, likewise
        JsonNode first = adjudicate(ids.get(0), member, DOS, "80.00");
        JsonNode second = adjudicate(ids.get(1), member, SECOND_DOS, "120.00");
        assertSameAmounts(first, adjudicate(firstJson, jsonMember, DOS, "80.00"));
        assertSameAmounts(second, adjudicate(secondJson, jsonMember, SECOND_DOS, "120.00"));
        assertThat(first.get("lines").get(0).get("units").asInt()).isEqualTo(2);
        assertThat(second.get("lines").get(0).get("units").asInt()).isEqualTo(3);
        assertThat(first.get("patientResponsibility").decimalValue()).isEqualTo("80.00");
        assertThat(first.get("patientControlNumber").asString()).isEqualTo("VISIT-1");

        // issue 18 item 2: the same claims as an 835, balanced (RULEBOOK §8.2) as read back from the file
        String claim835 = get("/claims/" + ids.get(0) + "/835", Tokens.asOwner(Role.PROVIDER, member, NPI));
        Balances835.assertBalanced(claim835);
        assertThat(claim835).contains("CLP*VISIT-1*1*120.00*0.00*80.00*CI*" + ids.get(0) + "~",
                "NM1*QC*1******MI*" + member + "~", "SVC*HC:97124:GP*120.00*0.00**2~", "DTM*472*20260310~",
                "CAS*CO*45*40.00~", "CAS*PR*1*80.00~", "AMT*B6*80.00~", "BPR*H*0.00*C*NON");
        String day835 = get("/x12/835?providerNpi=" + NPI + "&paidOn=" + decidedOn(ids.get(1)),
                Tokens.asOwner(Role.PROVIDER, member, NPI));
        Balances835.assertBalanced(day835);
        assertThat(day835).contains("CLP*VISIT-1*1*120.00*0.00*80.00*CI*", "CLP*VISIT-2*1*180.00*0.00*120.00*CI*",
                "SVC*HC:97124:GP*180.00*0.00**3~", "AMT*B6*120.00~");
    }

    @Test
    void answers_a_835_query_without_its_npi_and_day_with_a_400_naming_both() {
        EntityExchangeResult<String> answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .build().get().uri("/x12/835").headers(Tokens.as(Role.ADMIN)).exchange()
                .expectBody(String.class).returnResult();

        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(answer.getResponseBody()).contains("\"field\":\"providerNpi\"", "\"field\":\"paidOn\"");
    }

    @Test
    void rejects_a_claim_the_intake_refuses_at_its_element_and_stores_nothing_of_its_set() {
        String member = member();
        // visit 2 names a diagnosis no code set has: the intake's 422 becomes IK5 R at HI01-2, and visit 1 is rolled back
        String file = edited(story(member), "CLM*VISIT-2*180.00***11:B:1*Y*A*Y*Y~REF*G1*A123~HI*ABK:M5450~",
                "CLM*VISIT-2*180.00***11:B:1*Y*A*Y*Y~REF*G1*A123~HI*ABK:Q9999~");

        EntityExchangeResult<String> answer = send(file, Tokens.asOwner(Role.PROVIDER, member, NPI));

        assertThat(answer.getStatus().value()).isEqualTo(200);
        assertThat(answer.getResponseBody()).contains("IK3*HI*27**8~\nCTX*CLM01:VISIT-2~\nIK4*1:2**7*Q9999~",
                "IK5*R*5~", "AK9*R*1*1*0~");
        assertThat(answer.getResponseHeaders().getFirst("X-Claim-Ids")).isNull();
        assertThat(claimsOf(member)).isZero();
    }

    @Test
    void rejects_envelope_and_syntax_errors_with_a_999_or_TA1_and_stores_nothing() {
        String member = member();
        Map<String, String> rejections = Map.of(
                edited(story(member), "IEA*1*000000101", "IEA*1*000000102"), "TA1*000000101*260317*0900*R*001~",
                edited(story(member), "SE*32*0001", "SE*32*0002"), "IK5*R*3~",
                edited(story(member), "SE*32*0001", "SE*30*0001"), "IK5*R*4~",
                edited(story(member), "GE*1*101", "GE*1*109"), "AK9*R*1*1*0*4~",
                edited(story(member), "HI*ABK:M5450~", "HI*BK:7242~"), "IK3*HI*19**8~\nCTX*CLM01:VISIT-1~\nIK4*1:1**7*BK~",
                recounted(edited(story(member), "LX*1~SV1*HC:97124:GP*120.00*MJ*30***1~",
                        "SV1*HC:97124:GP*120.00*MJ*30***1~LX*1~")), "IK3*SV1*22**7~");
        rejections.forEach((file, expected) -> {
            EntityExchangeResult<String> answer = send(file, Tokens.asOwner(Role.PROVIDER, member, NPI));
            assertThat(answer.getStatus().value()).isEqualTo(200);
            assertThat(answer.getResponseBody()).as(expected).contains(expected);
        });
        assertThat(claimsOf(member)).isZero();
    }

    @Test
    void accepts_with_errors_a_claim_whose_total_is_not_the_sum_of_its_lines_and_stores_it() {
        String member = member();
        String file = edited(story(member), "CLM*VISIT-1*120.00", "CLM*VISIT-1*125.00");

        EntityExchangeResult<String> answer = send(file, Tokens.asOwner(Role.PROVIDER, member, NPI));

        assertThat(answer.getResponseBody()).contains("IK3*CLM*17**8~\nCTX*CLM01:VISIT-1~\nIK4*2**I12*125.00~",
                "IK5*E~", "AK9*E*1*1*1~");
        assertThat(claimIds(answer)).hasSize(2);
        assertThat(claimsOf(member)).isEqualTo(2);
    }

    @Test
    void answers_a_body_that_is_not_X12_with_a_400_problem() {
        EntityExchangeResult<String> answer = send("{\"memberId\":\"M-1\"}", Tokens.asOwner(Role.PROVIDER, "M-1", NPI));

        assertThat(answer.getStatus().value()).isEqualTo(400);
        assertThat(answer.getResponseBody()).contains("\"field\":\"body\"", "X12");
    }

    @Test
    void refuses_a_provider_a_file_with_a_claim_rendered_under_another_npi_and_stores_nothing() {
        String member = member();
        // visit 1 is rendered under the provider's NPI, visit 2 under another's: the whole file is refused
        String file = edited(story(member), "NM1*82*1*LEE*DANA****XX*1234567893~LX",
                "NM1*82*1*LEE*DANA****XX*1245319599~LX");

        assertThat(send(file, Tokens.asOwner(Role.PROVIDER, member, NPI)).getStatus().value()).isEqualTo(403);
        assertThat(claimsOf(member)).isZero();
    }

    private JsonNode adjudicate(String claimId, String member, LocalDate dos, String allowed) {
        SessionBilled billed = kafka.await(SessionBilled.class, event -> event.claimId().equals(claimId));
        assertThat(billed.diagnosisCodes()).containsExactly("M54.50");
        kafka.publish(new VisitAuthorized(claimId, member, "auth-1", "A123", dos, 1, 11));
        CostShareRequested requested = kafka.await(CostShareRequested.class, event -> event.claimId().equals(claimId));
        assertThat(requested.lines().get(0).allowed()).isEqualTo(money(allowed));
        kafka.publish(new CostShareApplied(claimId, member, dos, NetworkTier.IN_NETWORK,
                List.of(new LineCostShare(1, money(allowed), money(allowed), money("0.00"), money("0.00"),
                        money("0.00"), money(allowed))),
                money("300.00"), money("2800.00"), 1, 20));
        kafka.await(ClaimAdjudicated.class, event -> event.claimId().equals(claimId));
        JsonNode claim = api.claim(claimId);
        ClaimsApi.assertBalanced(claim);
        return claim;
    }

    private static void assertSameAmounts(JsonNode x12, JsonNode json) {
        for (String field : List.of("status", "totalCharge", "totalAllowed", "planPaid", "patientResponsibility")) {
            assertThat(x12.get(field)).as(field).isEqualTo(json.get(field));
        }
        assertThat(x12.get("lines")).isEqualTo(json.get("lines"));
    }

    private static List<String> claimIds(EntityExchangeResult<String> answer) {
        String header = answer.getResponseHeaders().getFirst("X-Claim-Ids");
        assertThat(header).isNotNull();
        List<String> ids = new ArrayList<>();
        Arrays.stream(header.split(",")).forEach(pair -> ids.add(pair.substring(pair.indexOf('=') + 1)));
        assertThat(header).startsWith("VISIT-1=").contains(",VISIT-2=");
        return ids;
    }

    private EntityExchangeResult<String> send(String body, java.util.function.Consumer<HttpHeaders> token) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .build().post().uri("/x12/837").headers(token).contentType(EDI_X12).bodyValue(body)
                .exchange().expectBody(String.class).returnResult();
    }

    private String get(String uri, java.util.function.Consumer<HttpHeaders> token) {
        EntityExchangeResult<String> answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build().get().uri(uri).headers(token).exchange()
                .expectBody(String.class).returnResult();
        assertThat(answer.getStatus().value()).as(uri).isEqualTo(200);
        assertThat(answer.getResponseHeaders().getContentType().toString()).startsWith("application/edi-x12");
        return answer.getResponseBody();
    }

    private LocalDate decidedOn(String claimId) {
        return LocalDate.ofInstant(db.sql("select decided_at from claim where id = :id")
                .bind("id", java.util.UUID.fromString(claimId)).map(row -> row.get(0, java.time.Instant.class)).one()
                .block(Duration.ofSeconds(10)), java.time.ZoneOffset.UTC);
    }

    private long claimsOf(String member) {
        return db.sql("select count(*) from claim where member_id = :member").bind("member", member)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }
}
