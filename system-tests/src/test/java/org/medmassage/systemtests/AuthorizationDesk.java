package org.medmassage.systemtests;

import static org.awaitility.Awaitility.await;
import static org.medmassage.systemtests.WorkedExampleFixture.PATIENCE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The utilization-management desk of issue 14 as its users meet it: the reviewer's queue of pended requests and their
 * decision on one (decision 0051), and what the member is told of it by notification-service.
 */
final class AuthorizationDesk {

    private final SystemUnderTest system;
    private final WorkedExampleFixture payer;
    private final Api reviewer;

    AuthorizationDesk(SystemUnderTest system, WorkedExampleFixture payer) {
        this.system = system;
        this.payer = payer;
        this.reviewer = new Api().as(system.issuerUri(), "reviewer", null, null);
    }

    /** The reviewer's queue, oldest deadline first: the first page of 100. */
    List<JsonNode> pended() {
        List<JsonNode> queue = new ArrayList<>();
        reviewer.get(authorizations("/authorizations?status=PENDED&size=100")).requireStatus(200).forEach(queue::add);
        return queue;
    }

    /** The reviewer approves the whole request (A1), saying why. */
    Api.Response approve(String authorizationId, String reason) {
        return decide(authorizationId, "{\"outcome\":\"APPROVE\",\"reason\":%s}".formatted(quoted(reason)));
    }

    /** The reviewer certifies {@code visits} of the visits requested (A2), saying why. */
    Api.Response approvePartly(String authorizationId, int visits, String reason) {
        return decide(authorizationId, "{\"outcome\":\"PARTIALLY_APPROVE\",\"approvedVisits\":%d,\"reason\":%s}"
                .formatted(visits, quoted(reason)));
    }

    /** POST /authorizations/{id}/decision as the reviewer, with the body as given. */
    Api.Response decide(String authorizationId, String json) {
        return reviewer.post(authorizations("/authorizations/" + authorizationId + "/decision"), json);
    }

    /** What the member has been told, oldest first, as the portal reads it. */
    List<JsonNode> notifications(String member) {
        List<JsonNode> told = new ArrayList<>();
        payer.member(member).get(system.baseUrl("notification-service") + "/members/" + member + "/notifications")
                .requireStatus(200).forEach(told::add);
        return told;
    }

    /** The member's notifications made of {@code eventType} events. */
    List<JsonNode> notifications(String member, String eventType) {
        return notifications(member).stream()
                .filter(notification -> notification.get("sourceEventType").asText().equals(eventType)).toList();
    }

    /** Waits for the member's first notification made of an {@code eventType} event; answers it. */
    JsonNode awaitNotification(String member, String eventType) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> notifications(member, eventType), told -> !told.isEmpty()).get(0);
    }

    private String authorizations(String path) {
        return system.baseUrl("authorization-service") + path;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
