package org.medmassage.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The claim budget: each member's referral allows 12 sessions over 6 weeks (2026-03-02..2026-04-12), so each member
 * gets one claim per date of service, every third day from 2026-03-02 (the 12th is 2026-04-04). Claims go round-robin
 * over members, so consecutive claims belong to different members (Kafka keys, hence partitions and locks).
 */
final class ClaimSchedule {

    static final int VISITS_PER_MEMBER = 12;
    static final LocalDate FIRST_VISIT = LocalDate.of(2026, 3, 2);
    static final String PROVIDER_NPI = "1245319599";

    private final List<Population.Member> members;
    private final AtomicInteger next = new AtomicInteger();

    record Claim(int index, Population.Member member, LocalDate dateOfService) {
        String json() {
            return """
                    {"memberId":"%s","authorizationNumber":"%s","renderingProviderNpi":"%s","dateOfService":"%s",
                     "placeOfService":"11","diagnosisCodes":["M54.50"],
                     "lines":[{"procedureCode":"97124","modifiers":["GP"],"minutes":30,"charge":120.00,"diagnosisPointers":[1]}]}
                    """.formatted(member.memberId(), member.authorizationNumber(), PROVIDER_NPI, dateOfService);
        }
    }

    ClaimSchedule(List<Population.Member> members) {
        this.members = members;
    }

    int budget() {
        return members.size() * VISITS_PER_MEMBER;
    }

    /** The next claim, or null once every member has used all 12 visits. */
    Claim next() {
        int i = next.getAndIncrement();
        if (i >= budget()) {
            return null;
        }
        int visit = i / members.size();
        return new Claim(i, members.get(i % members.size()), FIRST_VISIT.plusDays(3L * visit));
    }
}
