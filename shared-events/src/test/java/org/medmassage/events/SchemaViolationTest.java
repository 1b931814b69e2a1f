package org.medmassage.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.medmassage.events.EventSamples.OCCURRED_AT;
import static org.medmassage.events.EventSamples.SOURCE_EVENT_ID;
import static org.medmassage.events.EventType.*;
import static org.medmassage.events.JsonEdits.ABSENT;

import com.networknt.schema.Error;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the schemas refuse: one kind of violation per test, each shown on real sample payloads. */
class SchemaViolationTest {

    private static final EventCodec CODEC = new EventCodec();

    static Stream<Arguments> requiredFields() {
        return Stream.of(EventType.values()).flatMap(type -> EventSchemas.document(type.schemaResource())
                .path("required").values().stream().map(field -> arguments(type, field.asString())));
    }

    static Stream<Arguments> moneyFields() {
        return fieldsOfType(BigDecimal.class);
    }

    static Stream<Arguments> dateFields() {
        return fieldsOfType(LocalDate.class);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void a_payload_missing_a_required_field_is_rejected(EventType type, String field) {
        List<Error> errors = validate(type, "/" + field, ABSENT);

        assertThat(errors).as("errors").anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo("required");
            assertThat(error.getProperty()).isEqualTo(field);
        });
    }

    @ParameterizedTest(name = "{0} with {1} null")
    @MethodSource("requiredFields")
    void a_required_field_may_not_be_null(EventType type, String field) {
        assertThat(validate(type, "/" + field, "null")).extracting(Error::getKeyword).contains("type");
    }

    @ParameterizedTest(name = "{0} {1} = 80.005")
    @MethodSource("moneyFields")
    void money_with_three_decimals_is_rejected(EventType type, String pointer) {
        assertRejected(validate(type, pointer, "80.005"), pointer, "multipleOf");
    }

    @ParameterizedTest(name = "{0} {1} = 2026-02-30")
    @MethodSource("dateFields")
    void a_date_that_does_not_exist_is_rejected(EventType type, String pointer) {
        assertRejected(validate(type, pointer, "\"2026-02-30\""), pointer, "format");
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("violations")
    void a_value_of_the_wrong_shape_is_rejected(EventType type, String pointer, String badJson, String keyword) {
        assertRejected(validate(type, pointer, badJson), pointer, keyword);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                arguments(SESSION_BILLED, "/dateOfService", "\"03/10/2026\"", "format"),
                arguments(SESSION_BILLED, "/dateOfService", "\"2026-3-10\"", "format"),
                arguments(SESSION_BILLED, "/dateOfService", "\"2026-03-10T10:00:00Z\"", "format"),
                arguments(SESSION_BILLED, "/dateOfService", "[2026,3,10]", "type"),
                arguments(PORTAL_NOTIFICATION, "/occurredAt", "\"2026-03-10T15:30:00\"", "format"),
                arguments(PORTAL_NOTIFICATION, "/occurredAt", "1773156600", "type"),
                arguments(PORTAL_NOTIFICATION, "/sourceEventId", "\"not-a-uuid\"", "format"),
                arguments(CLAIM_ADJUDICATED, "/planPaid", "\"0.00\"", "type"),
                arguments(CLAIM_ADJUDICATED, "/lines/0/charge", "-120.00", "minimum"),
                arguments(CLAIM_ADJUDICATED, "/status", "\"APPROVED\"", "enum"),
                arguments(CLAIM_ADJUDICATED, "/lines/0/adjustments/0/group", "\"XX\"", "enum"),
                arguments(CLAIM_ADJUDICATED, "/lines/0/adjustments/0/carc", "\"CO-45\"", "pattern"),
                arguments(CLAIM_ADJUDICATED, "/lines", "[]", "minItems"),
                arguments(COST_SHARE_REQUESTED, "/networkTier", "\"PREFERRED\"", "enum"),
                arguments(COST_SHARE_REQUESTED, "/lines/0/procedureCode", "\"9712\"", "pattern"),
                arguments(SESSION_BILLED, "/procedureCodes/0", "\"97124-GP\"", "pattern"),
                arguments(SESSION_BILLED, "/renderingProviderNpi", "\"124531959\"", "pattern"),
                arguments(SESSION_BILLED, "/placeOfService", "\"Office\"", "pattern"),
                arguments(REFERRAL_RECORDED, "/diagnosisCodes/0", "\"M5450\"", "pattern"),
                arguments(REFERRAL_RECORDED, "/prescriber/npi", "\"NPI1234567\"", "pattern"),
                arguments(REFERRAL_RECORDED, "/sessions", "0", "minimum"),
                arguments(VISIT_AUTHORIZED, "/visitsUsed", "1.5", "type"),
                arguments(VISIT_NOT_AUTHORIZED, "/rarc", "\"n54\"", "pattern"),
                arguments(COST_SHARE_APPLIED, "/networkTier", "null", "type"),
                arguments(COVERAGE_ACTIVATED, "/timedUnitMethod", "\"PER_MINUTE\"", "enum"));
    }

    @ParameterizedTest(name = "envelope {0} = {1}")
    @MethodSource("envelopeViolations")
    void an_envelope_without_what_every_consumer_relies_on_is_rejected(String pointer, String badJson, String keyword) {
        String envelope = CODEC.encodeToString(CODEC.wrap(EventSamples.of(SESSION_BILLED), SOURCE_EVENT_ID,
                OCCURRED_AT));

        List<Error> errors = EventSchemas.validateEnvelope(JsonEdits.edit(envelope, pointer, badJson));

        assertThat(errors).extracting(Error::getKeyword).as("errors %s", errors).contains(keyword);
    }

    static Stream<Arguments> envelopeViolations() {
        return Stream.of(
                arguments("/eventId", ABSENT, "required"),
                arguments("/eventId", "\"42\"", "format"),
                arguments("/type", ABSENT, "required"),
                arguments("/schemaVersion", "0", "minimum"),
                arguments("/occurredAt", "\"2026-03-10\"", "format"),
                arguments("/memberId", "\"\"", "minLength"),
                arguments("/correlationId", ABSENT, "required"),
                arguments("/causationId", "\"not-a-uuid\"", "format"),
                arguments("/payload", "[]", "type"),
                arguments("/payload", ABSENT, "required"));
    }

    private static Stream<Arguments> fieldsOfType(Class<?> javaType) {
        return Stream.of(EventType.values()).flatMap(type -> SchemaShapes.pointersTo(type.payloadType(), javaType)
                .stream().map(pointer -> arguments(type, pointer)));
    }

    private static List<Error> validate(EventType type, String pointer, String badJson) {
        String payload = JsonEdits.edit(CODEC.encodePayload(EventSamples.of(type)), pointer, badJson);
        return EventSchemas.validatePayload(type, payload);
    }

    private static void assertRejected(List<Error> errors, String pointer, String keyword) {
        assertThat(errors).as("errors").anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo(keyword);
            assertThat(error.getInstanceLocation()).hasToString(pointer);
        });
    }
}
