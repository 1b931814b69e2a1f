package org.medmassage.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.notification.notice.Claims.claim;
import static org.medmassage.notification.notice.Claims.co;
import static org.medmassage.notification.notice.Claims.line;
import static org.medmassage.notification.notice.Claims.oa;
import static org.medmassage.notification.notice.Claims.pr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.events.claim.ClaimAdjudicated;

/** Rows are the RULEBOOK §5.3 worked examples on the common visit of 2026-03-10. */
class ClaimAdjudicatedWordingTest {

    private static final String WAY_FORWARD = ". You can still pay for it at the provider's self-pay rate, or with"
            + " HSA or FSA funds and a letter of medical necessity from your prescriber: your explanation of benefits"
            + " gives the rate and says whether your letter covers this visit";

    private final NotificationComposer composer = new NotificationComposer();

    static Stream<Arguments> adjudications() {
        return Stream.of(
                Arguments.of("all allowed to the deductible (the story's visit)",
                        claim("PAID", line(1, "97124", "120.00", co("45", "40.00"), pr("1", "80.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $80.00 (applied to your deductible); your plan paid $0.00"),
                Arguments.of("Example 1: deductible partly met, 20% coinsurance",
                        claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00"), pr("1", "50.00"), pr("2", "4.00")),
                                line(2, "97140", "60.00", co("45", "28.00"), pr("2", "6.40"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $60.40 ($50.00 toward your deductible and $10.40 coinsurance); your plan paid $41.60"),
                Arguments.of("Example 2: $30 copay per visit",
                        claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00"), pr("3", "30.00")),
                                line(2, "97140", "60.00", co("45", "28.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $30.00 (your copay); your plan paid $72.00"),
                Arguments.of("Example 2b: copay capped at the allowed amount (CS-02)",
                        claim("PAID", line(1, "97124", "60.00", co("45", "35.00"), pr("3", "25.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $25.00 (your copay); your plan paid $0.00"),
                Arguments.of("Example 3: coinsurance capped by the out-of-pocket maximum",
                        claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00"), pr("2", "12.00")),
                                line(2, "97140", "60.00", co("45", "28.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $12.00 (your coinsurance); your plan paid $90.00"),
                Arguments.of("Example 3 afterwards: out-of-pocket maximum met, patient owes nothing",
                        claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00")),
                                line(2, "97140", "60.00", co("45", "28.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe nothing; your plan paid $102.00"),
                Arguments.of("Example 4a: out of network, deductible not met, balance bill",
                        claim("PAID",
                                line(1, "97124", "120.00", pr("45", "60.00"), pr("1", "60.00")),
                                line(2, "97140", "60.00", pr("45", "30.00"), pr("1", "30.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $180.00 ($90.00 toward your deductible and $90.00 above your plan's out-of-network allowance); your plan paid $0.00"),
                Arguments.of("Example 4b: out of network, deductible met, 40% coinsurance",
                        claim("PAID",
                                line(1, "97124", "120.00", pr("45", "60.00"), pr("2", "24.00")),
                                line(2, "97140", "60.00", pr("45", "30.00"), pr("2", "12.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $126.00 ($36.00 coinsurance and $90.00 above your plan's out-of-network allowance); your plan paid $54.00"),
                Arguments.of("Example 5: visit limit exhausted, PR-119 for the full charge",
                        claim("DENIED",
                                line(1, "97124", "120.00", pr("119", "120.00")),
                                line(2, "97140", "60.00", pr("119", "60.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: you had reached your plan's visit limit; you owe $180.00"
                                + WAY_FORWARD),
                Arguments.of("Example 5 with the provider's cash rates: the notice names the self-pay price (0074)",
                        selfPayPriced("88.50", claim("DENIED",
                                line(1, "97124", "120.00", pr("119", "120.00")),
                                line(2, "97140", "60.00", pr("119", "60.00")))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: you had reached your plan's visit limit; you owe $180.00"
                                + WAY_FORWARD.replace("self-pay rate,", "self-pay rate of $88.50,")),
                Arguments.of("Example 6a: no authorization on file, CO-197 is the provider's liability",
                        claim("DENIED",
                                line(1, "97124", "120.00", co("197", "120.00")),
                                line(2, "97140", "60.00", co("197", "60.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: no prior authorization was on file for it; you owe nothing"),
                Arguments.of("Example 6b: authorized visits used up, CO-198",
                        claim("DENIED", line(1, "97124", "120.00", co("198", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: all visits on your authorization had already been used; you owe nothing"),
                Arguments.of("Example 6c: date outside the authorization window, CO-15",
                        claim("DENIED", line(1, "97124", "120.00", co("15", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: it was outside your authorization; you owe nothing"),
                Arguments.of("Example 6d: one code not on the authorization, CO-284",
                        claim("PARTIALLY_PAID",
                                line(1, "97124", "120.00", co("284", "120.00")),
                                line(2, "97140", "60.00", co("45", "28.00"), pr("2", "6.40"))),
                        "Visit partly covered",
                        "Your visit on 2026-03-10 was partly covered: you owe $6.40 (your coinsurance); your plan paid $25.60; part of the visit was not covered: the service is not on your authorization"),
                Arguments.of("Example 6e: authorization issued to another provider, CO-296",
                        claim("DENIED", line(1, "97124", "120.00", co("296", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: your authorization is for a different provider; you owe nothing"),
                Arguments.of("Example 7: family deductible met inside the claim",
                        claim("PAID", line(1, "97124", "180.00", co("45", "78.00"), pr("1", "100.00"), pr("2", "0.40"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $100.40 ($100.00 toward your deductible and $0.40 coinsurance); your plan paid $1.60"),
                Arguments.of("Example 8: HDHP deductible not met, everything to the deductible",
                        claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00"), pr("1", "70.00")),
                                line(2, "97140", "60.00", co("45", "28.00"), pr("1", "32.00"))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe $102.00 (applied to your deductible); your plan paid $0.00"),
                Arguments.of("no coverage on the date of service, CO-27",
                        claim("DENIED", line(1, "97124", "120.00", co("27", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: your coverage was not active on that date; you owe nothing"
                                + WAY_FORWARD),
                Arguments.of("the same service billed twice, OA-18 (claims-service, decision 0053)",
                        claim("DENIED", line(1, "97124", "120.00", oa("18", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: it was billed twice and the first bill is the one processed; you owe nothing"),
                Arguments.of("a provider type the plan does not pay for massage, CO-185 N95 (decision 0061)",
                        claim("DENIED",
                                line(1, "97124", "120.00", co("185", "120.00")),
                                line(2, "97140", "60.00", co("185", "60.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: this provider cannot be paid under your plan for this service (for your next visits, choose a provider your plan covers, or ask this provider for their self-pay rate); you owe nothing"),
                Arguments.of("a reason code without plain words is still named",
                        claim("DENIED", line(1, "97124", "120.00", co("16", "120.00"))),
                        "Visit not covered",
                        "Your visit on 2026-03-10 was not covered: your plan gave reason code CO-16; you owe nothing"),
                Arguments.of("Example 10: workers' comp pays the state fee schedule, the patient nothing",
                        billedTo("WORKERS_COMP", claim("PAID",
                                line(1, "97124", "120.00", co("45", "54.00")),
                                line(2, "97140", "60.00", co("45", "30.00")))),
                        "Visit processed",
                        "Your visit on 2026-03-10 was processed: you owe nothing; the workers' compensation carrier"
                                + " paid $96.00"),
                Arguments.of("self-pay (decision 0073): the patient pays the provider's cash price, no plan billed",
                        billedTo("SELF_PAY", claim("PAID",
                                line(1, "97124", "120.00", co("45", "60.00"), pr("204", "60.00")),
                                line(2, "97140", "60.00", co("45", "31.50"), pr("204", "28.50")))),
                        "Self-pay visit processed",
                        "Your visit on 2026-03-10 was not billed to your insurance: you pay the provider's self-pay"
                                + " rate of $88.50; nothing counted toward your deductible"),
                Arguments.of("Example 11 (decision 0074): auto PIP pays its last $50.00, the health plan is billed next",
                        billedTo("AUTO_PIP", claim("PAID",
                                line(1, "97124", "120.00", co("45", "50.00"), pr("119", "20.00")),
                                line(2, "97140", "60.00", co("45", "28.00"), pr("119", "32.00")))),
                        "Visit paid by your auto insurance",
                        "Your visit on 2026-03-10 was sent to your auto insurance's personal injury protection (PIP),"
                                + " which paid $50.00; the provider bills your health plan for the other $52.00"),
                Arguments.of("ALT-03: Florida PIP does not pay massage, the health plan is billed next",
                        billedTo("AUTO_PIP", claim("DENIED", line(1, "97124", "120.00", pr("204", "120.00")))),
                        "Visit not paid by your auto insurance",
                        "Your visit on 2026-03-10 was sent to your auto insurance's personal injury protection (PIP),"
                                + " which did not pay it: it does not pay for this service in the state of the accident;"
                                + " the provider bills your health plan next"));
    }

    private static ClaimAdjudicated selfPayPriced(String price, ClaimAdjudicated claim) {
        return new ClaimAdjudicated(claim.claimId(), claim.memberId(), claim.dateOfService(), claim.status(),
                claim.totalCharge(), claim.totalAllowed(), claim.planPaid(), claim.patientResponsibility(),
                claim.lines(), null, new BigDecimal(price));
    }

    private static ClaimAdjudicated billedTo(String payer, ClaimAdjudicated claim) {
        return new ClaimAdjudicated(claim.claimId(), claim.memberId(), claim.dateOfService(), claim.status(),
                claim.totalCharge(), claim.totalAllowed(), claim.planPaid(), claim.patientResponsibility(),
                claim.lines(), payer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adjudications")
    void tells_the_patient_the_outcome_what_they_owe_and_why(String example, ClaimAdjudicated claim, String title,
            String message) {
        Notification notification = composer.compose(
                SourceEvent.of(UUID.randomUUID(), Instant.parse("2026-03-11T09:00:00Z"), claim)).orElseThrow();

        assertThat(notification.category()).isEqualTo(Category.CLAIM);
        assertThat(notification.title()).isEqualTo(title);
        assertThat(notification.message()).isEqualTo(message);
    }
}
