package org.medmassage.authorization.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmassage.authorization.Fixtures.MASSAGE_CODES;
import static org.medmassage.authorization.Fixtures.MEMBER;
import static org.medmassage.authorization.Fixtures.PROVIDER;
import static org.medmassage.authorization.Fixtures.RECEIVED_AT;
import static org.medmassage.authorization.Fixtures.REFERRAL;
import static org.medmassage.authorization.Fixtures.ISSUED_ON;
import static org.medmassage.authorization.Fixtures.storyReferral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;

/** RULEBOOK §1.3 and MN-09 on the request: denied (A3) before the referral is looked at, before any visit is promised. */
class ProviderTypeAndCareGoalTest {

    private static final String LMT = "225700000X";
    private static final String PT = "225100000X";
    private static final Optional<CoverageTerms> PT_ONLY = plan(List.of(PT));
    private static final Optional<CoverageTerms> LMT_OR_PT = plan(List.of(LMT, PT));
    private static final Optional<CoverageTerms> EVERY_TYPE = plan(null);
    private static final Optional<KnownReferral> REFERRED = Optional.of(storyReferral());

    private final AuthorizationIntake intake = new AuthorizationIntake(new AuthorizationPolicy(),
            DecisionTurnaround.erisaGroupPlan(), new RandomAuthorizationNumbers());

    static Stream<Arguments> requests() {
        return Stream.of(
                row("a massage therapist under a plan paying only physical therapists is denied §1.3",
                        LMT, CareGoal.RESTORATIVE, PT_ONLY, REFERRED, "A3", "§1.3"),
                row("§1.3 is judged before the referral: none on file still denies rather than pends",
                        LMT, CareGoal.RESTORATIVE, PT_ONLY, Optional.empty(), "A3", "§1.3"),
                row("a massage therapist under a plan paying massage therapists is approved",
                        LMT, CareGoal.RESTORATIVE, LMT_OR_PT, REFERRED, "A1", null),
                row("a plan without a list pays every provider type", LMT, CareGoal.RESTORATIVE, EVERY_TYPE,
                        REFERRED, "A1", null),
                row("a request naming no taxonomy is not judged (claims judge the claim, decision 0061)",
                        null, CareGoal.RESTORATIVE, PT_ONLY, REFERRED, "A1", null),
                row("a coverage not known yet does not judge the provider type", LMT, CareGoal.RESTORATIVE,
                        Optional.empty(), REFERRED, "A1", null),
                row("MN-09: a request for maintenance care is denied", PT, CareGoal.MAINTENANCE, PT_ONLY, REFERRED,
                        "A3", "MN-09"),
                row("MN-09 is judged before the referral too", null, CareGoal.MAINTENANCE, EVERY_TYPE,
                        Optional.empty(), "A3", "MN-09"),
                row("the provider type comes first when both fail", LMT, CareGoal.MAINTENANCE, PT_ONLY, REFERRED,
                        "A3", "§1.3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void judges_who_renders_and_what_for_before_the_referral(String behaviour, String taxonomy, CareGoal goal,
            Optional<CoverageTerms> coverage, Optional<KnownReferral> referral, String x12, String reasonCode) {
        AuthorizationRequest request = new AuthorizationRequest(MEMBER, REFERRAL, PROVIDER, MASSAGE_CODES, 12,
                ISSUED_ON, Priority.STANDARD, RECEIVED_AT, taxonomy, goal);

        AuthorizationIntake.Received received = intake.receive(request, referral, 0,
                new CareTerms(coverage, ReEvaluationGate.off()));

        assertThat(received.authorization().status().x12Code()).isEqualTo(x12);
        assertThat(received.reEvaluation()).isEmpty();
        if (received.authorization() instanceof DeniedAuthorization denied) {
            assertThat(denied.reasonCode()).isEqualTo(reasonCode);
            assertThat(DenialReasons.isKnown(denied.reasonCode())).isTrue();
        } else {
            assertThat(reasonCode).isNull();
        }
    }

    @org.junit.jupiter.api.Test
    void the_provider_type_denial_names_the_type_in_plain_words() {
        AuthorizationRequest request = new AuthorizationRequest(MEMBER, REFERRAL, PROVIDER, MASSAGE_CODES, 12,
                ISSUED_ON, Priority.STANDARD, RECEIVED_AT, LMT, null);

        Authorization denied = intake.receive(request, REFERRED, 0, new CareTerms(PT_ONLY, ReEvaluationGate.off()))
                .authorization();

        assertThat(denied.reason()).isEqualTo("the plan does not pay this provider type (225700000X, Massage "
                + "Therapist) for massage: plan PT-ONLY pays 225100000X");
        assertThat(denied.request().careGoal()).isEqualTo(CareGoal.RESTORATIVE);
    }

    private static Optional<CoverageTerms> plan(List<String> providerTypes) {
        return Optional.of(new CoverageTerms(MEMBER, providerTypes == null ? "ANY" : providerTypes.size() == 1
                ? "PT-ONLY" : "LMT-PT", LocalDate.parse("2026-01-01"), null, true, false, providerTypes));
    }

    private static Arguments row(Object... values) {
        return Arguments.of(values);
    }
}
