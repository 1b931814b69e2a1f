package org.medmassage.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Sets up the members the load needs, over the services' public APIs: a plan with a visit limit no bench run reaches,
 * the in-network provider, and per member a coverage, a referral (12 sessions over 6 weeks) and an approved
 * authorization for 12 visits. Member ids carry the run id, so runs never share state.
 */
final class Population {

    static final String PLAN_YEAR_END = "2026-12-31";
    private static final int PARALLEL = 8;
    private static final Duration APPROVAL_PATIENCE = Duration.ofMinutes(3);

    record Member(String memberId, String authorizationId, String authorizationNumber) {
    }

    static final String PRESCRIBER_NPI = "1234567893";

    /** The bench's clients, one per role it acts as. */
    record Callers(Json admin, Json prescriber, Json provider, Json ops) {
    }

    private final Callers as;
    private final Map<String, String> urls;
    private final String runId;

    Population(Callers as, Map<String, String> urls, String runId) {
        this.as = as;
        this.urls = urls;
        this.runId = runId;
    }

    String planId() {
        return "BENCH-" + runId;
    }

    List<Member> create(int count) throws Exception {
        as.admin().put(urls.get("benefits") + "/plans/" + planId(), """
                {"planYearStart":"01-01","preAuthRequired":true,"referralRequired":false,"visitLimit":1000,
                 "inNetwork":{"deductible":500.00,"coinsurancePercent":20,"copay":0.00,"outOfPocketMax":3000.00},
                 "outOfNetwork":{"deductible":1000.00,"coinsurancePercent":40,"copay":0.00,"outOfPocketMax":null}}
                """).require(200, "PUT plan");
        as.admin().put(urls.get("claims") + "/providers/" + ClaimSchedule.PROVIDER_NPI, """
                {"name":"Bench Medical Massage","network":"IN_NETWORK","rates":{"97124":40.00,"97140":38.00}}
                """).require(200, "PUT provider");
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<Member>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String memberId = "B" + runId + "-" + i;
                pending.add(pool.submit(() -> enrol(memberId)));
            }
            List<Member> members = new ArrayList<>();
            for (Future<Member> member : pending) {
                members.add(member.get());
            }
            List<Future<?>> approvals = new ArrayList<>();
            for (Member member : members) {
                approvals.add(pool.submit(() -> awaitApproved(member)));
            }
            for (Future<?> approval : approvals) {
                approval.get();
            }
            return members;
        } finally {
            pool.shutdownNow();
        }
    }

    private Member enrol(String memberId) {
        as.admin().put(urls.get("benefits") + "/members/" + memberId + "/coverage", """
                {"planId":"%s","effectiveFrom":"2026-01-01","effectiveTo":"%s"}
                """.formatted(planId(), PLAN_YEAR_END)).require(200, "PUT coverage");
        String referralId = as.prescriber().post(urls.get("referral") + "/referrals", """
                {"memberId":"%s","prescriber":{"npi":"%s","name":"Dr. Ada Quinn","type":"PHYSICIAN"},
                 "diagnosisCodes":["M54.50"],"procedureCodes":["97124","97140"],"sessions":12,"durationWeeks":6,
                 "issuedOn":"2026-03-02"}
                """.formatted(memberId, PRESCRIBER_NPI)).require(201, "POST referral").get("referralId").asText();
        JsonNode auth = as.provider().post(urls.get("authorization") + "/authorizations", """
                {"memberId":"%s","referralId":"%s","providerNpi":"%s","procedureCodes":["97124","97140"],
                 "requestedVisits":12,"startDate":"2026-03-02","priority":"STANDARD"}
                """.formatted(memberId, referralId, ClaimSchedule.PROVIDER_NPI)).require(201, "POST authorization");
        return new Member(memberId, auth.get("authorizationId").asText(), auth.get("authorizationNumber").asText());
    }

    /** A request can be PENDED until its referral reaches authorization-service; it is then decided on its own. */
    private Void awaitApproved(Member member) throws InterruptedException {
        Instant deadline = Instant.now().plus(APPROVAL_PATIENCE);
        while (true) {
            JsonNode auth = as.ops().get(urls.get("authorization") + "/authorizations/" + member.authorizationId())
                    .require(200, "GET authorization");
            String status = auth.get("status").asText();
            if (status.equals("APPROVED") && auth.get("approvedVisits").asInt() == ClaimSchedule.VISITS_PER_MEMBER) {
                return null;
            }
            if (!status.equals("PENDED") || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("authorization of " + member.memberId() + " is " + auth);
            }
            Thread.sleep(250);
        }
    }
}
