package org.medmassage.support.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Keeps one claim one trace across the Kafka hops (decision 0080). The relay publishes long after the request or the
 * record that appended an event is gone, so the trace context is taken when the event is appended and kept in the
 * outbox row; a consumer continues it in a span of its own, whose context its handler's appends take in turn.
 */
public class EventTracing {

    /** Tracing off: no row remembers a trace, records are handled in no span. */
    public static final EventTracing OFF = new EventTracing(ObservationRegistry.NOOP, Tracer.NOOP, Propagator.NOOP);

    private final ObservationRegistry observations;
    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(ObservationRegistry observations, Tracer tracer, Propagator propagator) {
        this.observations = observations;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * The traceparent of the span the caller runs in. WebFlux keeps the request's observation in the Reactor context,
     * not on the thread (an R2DBC callback runs elsewhere): that is read first, the thread's span only without one.
     */
    public Mono<Optional<String>> currentTraceparent() {
        return Mono.deferContextual(context -> Mono.just(Optional.ofNullable(spanIn(context)).flatMap(this::traceparent)));
    }

    /**
     * Runs the handling of one record in a consumer span, child of the traceparent the record came with (the root of
     * a new trace without one). The span is current on this thread while {@code handling} runs, and carried in the
     * Reactor context of the work {@link #within} is given, so that the appends it makes read it wherever they run.
     */
    public <T> T handle(String consumer, String eventType, Optional<String> traceparent, Supplier<T> handling) {
        return observation(consumer, eventType, traceparent).observe(handling);
    }

    /**
     * Starts the span of one record handled together with the others of its poll: the work is assembled in it
     * ({@link Handling#assemble}), runs later in the batch's transaction, and the caller ends the span once the
     * batch's outcome is known.
     */
    public Handling start(String consumer, String eventType, Optional<String> traceparent) {
        return new Handling(observation(consumer, eventType, traceparent).start());
    }

    /** A record's span, started; ended once. */
    public static final class Handling {
        private final Observation observation;

        private Handling(Observation observation) {
            this.observation = observation;
        }

        /** Runs {@code assembly} with the span current on this thread, so the work it builds captures it. */
        public <T> T assemble(Supplier<T> assembly) {
            try (Observation.Scope scope = observation.openScope()) {
                return assembly.get();
            }
        }

        public void end(Throwable failure) {
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        }
    }

    private Observation observation(String consumer, String eventType, Optional<String> traceparent) {
        ReceiverContext<Map<String, String>> received = new ReceiverContext<>((carrier, key) -> carrier.get(key));
        received.setCarrier(traceparent.map(value -> Map.of(TraceHeaders.TRACEPARENT, value)).orElse(Map.of()));
        received.setRemoteServiceName("kafka");
        return Observation.createNotStarted("medmassage.event.handling", () -> received, observations)
                .contextualName(consumer + " " + eventType)
                .lowCardinalityKeyValue("consumer", consumer)
                .lowCardinalityKeyValue("event_type", eventType);
    }

    /** The work, carrying the observation current on this thread (the record's) in its Reactor context. */
    public <T> Mono<T> within(Mono<T> work) {
        Observation current = observations.getCurrentObservation();
        return current == null ? work
                : work.contextWrite(Context.of(ObservationThreadLocalAccessor.KEY, current));
    }

    private Span spanIn(ContextView context) {
        Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        if (observation != null) {
            TracingObservationHandler.TracingContext tracing =
                    observation.getContext().get(TracingObservationHandler.TracingContext.class);
            if (tracing != null && tracing.getSpan() != null) {
                return tracing.getSpan();
            }
        }
        return tracer.currentSpan();
    }

    private Optional<String> traceparent(Span span) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TraceHeaders.TRACEPARENT));
    }
}
