package org.medmassage.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.medmassage.events.EventSamples.OCCURRED_AT;
import static org.medmassage.events.EventSamples.SOURCE_EVENT_ID;
import static org.medmassage.events.JsonEdits.ABSENT;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmassage.events.claim.ClaimAdjudicated;

/** Consumers read what they know and ignore the rest; what cannot be read at all is malformed (dead-lettered). */
class TolerantReaderTest {

    private static final String NEWER_FIELD = "{\"appealDeadline\":\"2026-09-10\",\"channels\":[\"SMS\",\"EMAIL\"]}";

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.medmassage.events.EventRoundTripTest#samples")
    void an_unknown_field_from_a_newer_producer_is_ignored(DomainEvent sample) {
        String envelope = encode(sample);
        String newer = JsonEdits.add(envelope, "/payload", "addedByANewerProducer", NEWER_FIELD);

        EventEnvelope decoded = codec.decode(newer.getBytes(UTF_8));

        assertThat(codec.payload(decoded)).isEqualTo(sample);
        assertThat(EventSchemas.validatePayload(EventType.of(sample), decoded.payload().toString())).isEmpty();
    }

    @Test
    void an_unknown_field_inside_a_nested_record_is_ignored() {
        DomainEvent claim = EventSamples.of(EventType.CLAIM_ADJUDICATED);
        String newer = JsonEdits.add(JsonEdits.add(encode(claim), "/payload/lines/0", "revenueCode", "\"0940\""),
                "/payload/lines/0/adjustments/0", "reasonText", "\"Charge exceeds fee schedule\"");

        ClaimAdjudicated decoded = (ClaimAdjudicated) codec.payload(codec.decode(newer.getBytes(UTF_8)));

        assertThat(decoded).isEqualTo(claim);
    }

    @Test
    void an_unknown_envelope_field_is_ignored() {
        DomainEvent visit = EventSamples.of(EventType.VISIT_AUTHORIZED);
        String newer = JsonEdits.add(encode(visit), "", "traceparent",
                "\"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\"");

        EventEnvelope decoded = codec.decode(newer.getBytes(UTF_8));

        assertThat(codec.payload(decoded)).isEqualTo(visit);
        assertThat(EventSchemas.validateEnvelope(newer)).isEmpty();
    }

    @Test
    void an_envelope_of_an_unknown_type_decodes_but_is_not_in_the_catalogue() {
        String appealed = JsonEdits.edit(encode(EventSamples.of(EventType.CLAIM_ADJUDICATED)), "/type",
                "\"ClaimAppealed\"");

        EventEnvelope decoded = codec.decode(appealed.getBytes(UTF_8));

        assertThat(decoded.type()).isEqualTo("ClaimAppealed");
        assertThat(decoded.memberId()).isEqualTo("M-1001");
        assertThat(EventType.fromWireName(decoded.type())).isEmpty();
        assertThat(EventSchemas.validateEnvelope(appealed)).isEmpty();
        assertThatThrownBy(() -> codec.payload(decoded)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ClaimAppealed");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "garbage", "{", "{\"eventId\":", "[]", "\"an event\"", "42", "null", "{}"})
    void bytes_that_are_not_an_envelope_are_malformed(String garbage) {
        assertThatThrownBy(() -> codec.decode(garbage.getBytes(UTF_8))).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void binary_garbage_is_malformed() {
        byte[] binary = {(byte) 0xFF, (byte) 0xFE, 0x00, 0x13, (byte) 0x80, 0x7B};

        assertThatThrownBy(() -> codec.decode(binary)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenEnvelopes")
    void an_envelope_without_what_every_consumer_relies_on_is_malformed(String pointer, String badJson) {
        String broken = JsonEdits.edit(encode(EventSamples.of(EventType.SESSION_BILLED)), pointer, badJson);

        assertThatThrownBy(() -> codec.decode(broken.getBytes(UTF_8))).isInstanceOf(MalformedEventException.class);
    }

    static Stream<Arguments> brokenEnvelopes() {
        return Stream.of(
                arguments("/eventId", ABSENT),
                arguments("/eventId", "null"),
                arguments("/eventId", "\"not-a-uuid\""),
                arguments("/type", ABSENT),
                arguments("/memberId", ABSENT),
                arguments("/payload", ABSENT),
                arguments("/payload", "null"),
                arguments("/payload", "[]"),
                arguments("/payload", "\"{}\""),
                arguments("/occurredAt", "\"yesterday\""));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("brokenPayloads")
    void a_payload_that_does_not_fit_its_record_is_malformed(String pointer, String badJson) {
        String broken = JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_AUTHORIZED)), pointer, badJson);
        EventEnvelope envelope = codec.decode(broken.getBytes(UTF_8));

        assertThatThrownBy(() -> codec.payload(envelope)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("VisitAuthorized");
    }

    @Test
    void a_number_field_missing_from_an_older_producer_reads_as_zero() {
        String older = JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_AUTHORIZED)), "/payload/visitsUsed", ABSENT);

        var payload = (org.medmassage.events.authorization.VisitAuthorized) codec.payload(codec.decode(older.getBytes(UTF_8)));

        assertThat(payload.visitsUsed()).isZero();
    }

    @Test
    void codes_not_authorized_missing_from_an_older_producer_read_as_null_meaning_every_code_authorized() {
        String older = JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_AUTHORIZED)),
                "/payload/procedureCodesNotAuthorized", ABSENT);

        var payload = (org.medmassage.events.authorization.VisitAuthorized) codec.payload(codec.decode(older.getBytes(UTF_8)));

        assertThat(payload.procedureCodesNotAuthorized()).isNull();
        assertThat(payload.visitsUsed()).isEqualTo(1);
    }

    @Test
    void a_referral_number_missing_from_an_older_producer_reads_as_null() {
        String older = JsonEdits.edit(encode(EventSamples.of(EventType.SESSION_BILLED)), "/payload/referralNumber",
                ABSENT);

        var payload = (org.medmassage.events.claim.SessionBilled) codec.payload(codec.decode(older.getBytes(UTF_8)));

        assertThat(payload.referralNumber()).isNull();
        assertThat(payload.procedureCodes()).containsExactly(EventSamples.MASSAGE);
    }

    @Test
    void codes_without_referral_missing_from_an_older_producer_read_as_null_meaning_none() {
        String olderAuthorized = JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_AUTHORIZED)),
                "/payload/procedureCodesWithoutReferral", ABSENT);
        String olderNotAuthorized = JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_NOT_AUTHORIZED)),
                "/payload/procedureCodesWithoutReferral", ABSENT);

        var authorized = (org.medmassage.events.authorization.VisitAuthorized) codec.payload(
                codec.decode(olderAuthorized.getBytes(UTF_8)));
        var notAuthorized = (org.medmassage.events.authorization.VisitNotAuthorized) codec.payload(
                codec.decode(olderNotAuthorized.getBytes(UTF_8)));

        assertThat(authorized.procedureCodesWithoutReferral()).isNull();
        assertThat(authorized.procedureCodesNotAuthorized()).containsExactly("97140");
        assertThat(notAuthorized.procedureCodesWithoutReferral()).isNull();
        assertThat(notAuthorized.carc()).isEqualTo("197");
    }

    @Test
    void a_referral_session_missing_from_an_older_producer_reads_as_null_meaning_none_used_directly() {
        String olderAuthorized = JsonEdits.edit(JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_AUTHORIZED)),
                "/payload/referralId", ABSENT), "/payload/referralSessionsUsed", ABSENT);
        String olderReleased = JsonEdits.edit(JsonEdits.edit(encode(EventSamples.of(EventType.VISIT_RELEASED)),
                "/payload/referralId", ABSENT), "/payload/referralSessionsUsed", ABSENT);

        var authorized = (org.medmassage.events.authorization.VisitAuthorized) codec.payload(
                codec.decode(olderAuthorized.getBytes(UTF_8)));
        var released = (org.medmassage.events.authorization.VisitReleased) codec.payload(
                codec.decode(olderReleased.getBytes(UTF_8)));

        assertThat(authorized.referralId()).isNull();
        assertThat(authorized.referralSessionsUsed()).isNull();
        assertThat(authorized.visitsUsed()).isEqualTo(1);
        assertThat(released.referralId()).isNull();
        assertThat(released.referralSessionsUsed()).isNull();
        assertThat(released.authorizationId()).isEqualTo(EventSamples.AUTHORIZATION_ID);
    }

    static Stream<Arguments> brokenPayloads() {
        return Stream.of(
                arguments("/payload/dateOfService", "\"2026-02-30\""),
                arguments("/payload/dateOfService", "\"tomorrow\""),
                arguments("/payload/visitsRemaining", "\"eleven\""));
    }

    private String encode(DomainEvent event) {
        return codec.encodeToString(codec.wrap(event, SOURCE_EVENT_ID, OCCURRED_AT));
    }

    @Test
    void a_taxonomy_missing_from_an_older_claims_service_reads_as_null_meaning_unknown() {
        String older = JsonEdits.edit(encode(EventSamples.of(EventType.COST_SHARE_REQUESTED)),
                "/payload/renderingProviderTaxonomy", ABSENT);

        var payload = (org.medmassage.events.claim.CostShareRequested) codec.payload(
                codec.decode(older.getBytes(UTF_8)));

        assertThat(payload.renderingProviderTaxonomy()).isNull();
        assertThat(payload.lines()).hasSize(1);
    }

    @Test
    void covered_provider_types_missing_from_an_older_benefits_service_read_as_null_meaning_every_provider_type() {
        String older = JsonEdits.edit(encode(EventSamples.of(EventType.COVERAGE_ACTIVATED)),
                "/payload/coveredProviderTypes", ABSENT);

        var payload = (org.medmassage.events.benefit.CoverageActivated) codec.payload(
                codec.decode(older.getBytes(UTF_8)));

        assertThat(payload.coveredProviderTypes()).isNull();
        assertThat(payload.timedUnitMethod()).isEqualTo("AMA_PER_CODE");
    }

    @Test
    void covered_procedure_codes_and_the_plan_year_missing_from_an_older_benefits_service_read_as_null_meaning_unknown() {
        String olderCoverage = JsonEdits.edit(encode(EventSamples.of(EventType.COVERAGE_ACTIVATED)),
                "/payload/coveredProcedureCodes", ABSENT);
        String olderCostShare = JsonEdits.edit(JsonEdits.edit(encode(EventSamples.of(EventType.COST_SHARE_APPLIED)),
                "/payload/planYearStart", ABSENT), "/payload/planYearEnd", ABSENT);

        var coverage = (org.medmassage.events.benefit.CoverageActivated) codec.payload(
                codec.decode(olderCoverage.getBytes(UTF_8)));
        var costShare = (org.medmassage.events.benefit.CostShareApplied) codec.payload(
                codec.decode(olderCostShare.getBytes(UTF_8)));

        assertThat(coverage.coveredProcedureCodes()).isNull();
        assertThat(coverage.coveredProviderTypes()).hasSize(2);
        assertThat(costShare.planYearStart()).isNull();
        assertThat(costShare.planYearEnd()).isNull();
        assertThat(costShare.visitsUsed()).isEqualTo(1);
    }

    @Test
    void a_coverage_without_payer_type_and_cob_order_from_an_older_benefits_service_is_the_primary_health_plan() {
        String older = JsonEdits.edit(JsonEdits.edit(encode(EventSamples.of(EventType.COVERAGE_ACTIVATED)),
                "/payload/payerType", ABSENT), "/payload/cobOrder", ABSENT);

        var coverage = (org.medmassage.events.benefit.CoverageActivated) codec.payload(
                codec.decode(older.getBytes(UTF_8)));

        assertThat(coverage.payerType()).isNull();
        assertThat(coverage.cobOrder()).isNull();
        assertThat(coverage.appliesToHealthPlanClaims()).isTrue();
    }
}
