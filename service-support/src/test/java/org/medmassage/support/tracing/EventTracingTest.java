package org.medmassage.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The trace context the outbox keeps, on a real OpenTelemetry tracer through the Micrometer bridge. */
class EventTracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String RECORD_SPAN = "00f067aa0ba902b7";

    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    private final OtelTracer tracer = new OtelTracer(sdk.getTracer("test"), new OtelCurrentTraceContext(), event -> { });
    private final OtelPropagator propagator = new OtelPropagator(sdk.getPropagators(), sdk.getTracer("test"));
    private final ObservationRegistry observations = ObservationRegistry.create();
    private final EventTracing tracing = new EventTracing(observations, tracer, propagator);

    EventTracingTest() {
        observations.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                new DefaultTracingObservationHandler(tracer)));
    }

    @Test
    void what_a_handler_appends_on_another_thread_carries_the_record_s_trace_in_a_span_of_its_own() {
        Optional<String> appended = tracing.handle("claims", "AuthorizationDecided",
                Optional.of("00-" + TRACE_ID + "-" + RECORD_SPAN + "-01"),
                () -> tracing.within(tracing.currentTraceparent().subscribeOn(Schedulers.parallel())).block());

        assertThat(appended).hasValueSatisfying(traceparent -> {
            assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01");
            assertThat(traceparent).doesNotContain(RECORD_SPAN);
        });
    }

    @Test
    void a_record_without_a_traceparent_starts_a_trace_of_its_own() {
        Optional<String> appended = tracing.handle("claims", "AuthorizationDecided", Optional.empty(),
                () -> tracing.within(tracing.currentTraceparent()).block());

        assertThat(appended).hasValueSatisfying(traceparent -> assertThat(traceparent).doesNotContain(TRACE_ID));
    }

    @Test
    void a_request_s_trace_is_read_from_the_reactor_context_where_webflux_keeps_it() {
        Observation request = Observation.start("http.server.requests", observations);
        try {
            TracingObservationHandler.TracingContext requestSpan =
                    request.getContext().get(TracingObservationHandler.TracingContext.class);
            Optional<String> appended = tracing.currentTraceparent().subscribeOn(Schedulers.parallel())
                    .contextWrite(context -> context.put(ObservationThreadLocalAccessor.KEY, request))
                    .block();

            assertThat(appended).contains(
                    "00-" + requestSpan.getSpan().context().traceId() + "-" + requestSpan.getSpan().context().spanId() + "-01");
        } finally {
            request.stop();
        }
    }

    @Test
    void nothing_is_kept_outside_any_trace_or_with_tracing_off() {
        assertThat(tracing.currentTraceparent().block()).isEmpty();
        assertThat(EventTracing.OFF.handle("claims", "AuthorizationDecided", Optional.empty(),
                () -> EventTracing.OFF.within(EventTracing.OFF.currentTraceparent()).block())).isEmpty();
    }
}
