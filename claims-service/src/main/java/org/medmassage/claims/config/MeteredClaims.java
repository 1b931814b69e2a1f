package org.medmassage.claims.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.Remittance;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.application.Claims;
import org.medmassage.claims.persistence.ClaimsR2dbcRepository;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The claim flow counted where claims are stored, so intake and the saga carry no meter:
 * {@code medmassage_claims_received_total{payer}} when a claim is added, and on reaching PAID, PARTIALLY_PAID or DENIED
 * (at intake or by the saga) {@code medmassage_claims_adjudicated_total{status,denial_group}} and the histogram
 * {@code medmassage_claims_adjudication_seconds{status}}, received (the POST) → decided as the database stamps them.
 * Counted in the unit of work: one rolled back after the store is counted all the same (rare; a counter may carry it).
 */
@Primary
@Component
class MeteredClaims implements Claims {

    // the turnaround operators talk about: seconds when the saga flows, minutes when an answer is late (decision 0052)
    private static final Duration[] TURNAROUNDS = {Duration.ofMillis(250), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(24)};

    private final ClaimsR2dbcRepository stored;
    private final DatabaseClient db;
    private final MeterRegistry meters;

    MeteredClaims(ClaimsR2dbcRepository stored, DatabaseClient db, MeterRegistry meters) {
        this.stored = stored;
        this.db = db;
        this.meters = meters;
    }

    @Override
    public Mono<Claim> find(UUID claimId) {
        return stored.find(claimId);
    }

    @Override
    public Flux<UUID> idsOfMember(String memberId, int limit) {
        return stored.idsOfMember(memberId, limit);
    }

    @Override
    public Mono<Void> add(Claim claim) {
        return stored.add(claim).then(Mono.fromRunnable(() -> {
            Counter.builder("medmassage.claims.received").description("claims accepted at intake (POST /claims)")
                    .tag("payer", claim.header().payer().payer().name()).register(meters).increment();
            if (isAdjudicated(claim.status())) {
                adjudicated(claim, Duration.ZERO); // decided at intake, in the request that received it
            }
        }));
    }

    @Override
    public Mono<Void> recordTransition(ClaimStatus from, Claim next) {
        Mono<Void> store = stored.recordTransition(from, next);
        if (!isAdjudicated(next.status())) {
            return store;
        }
        return store.then(db.sql("""
                        select extract(epoch from decided_at - received_at) * 1000 as millis
                        from claim where id = :id""").bind("id", next.id())
                .map(row -> row.get("millis", Number.class)).one()
                .doOnNext(millis -> adjudicated(next, Duration.ofMillis(Math.max(0, millis.longValue()))))
                .then());
    }

    @Override
    public Mono<Boolean> recordVoid(ClaimStatus from, Claim voided) {
        return stored.recordVoid(from, voided);
    }

    private void adjudicated(Claim claim, Duration taken) {
        String status = claim.status().name();
        Counter.builder("medmassage.claims.adjudicated")
                .description("claims decided (PAID, PARTIALLY_PAID, DENIED), by the CAS group of the first denial")
                .tag("status", status).tag("denial_group", denialGroup(claim.remittance().orElse(null)))
                .register(meters).increment();
        Timer.builder("medmassage.claims.adjudication")
                .description("claim received (POST /claims) → decided, across the saga")
                .tag("status", status)
                .publishPercentileHistogram().serviceLevelObjectives(TURNAROUNDS)
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofDays(2))
                .register(meters).record(taken);
    }

    private static boolean isAdjudicated(ClaimStatus status) {
        return status.isTerminal() && status != ClaimStatus.VOIDED;
    }

    /** CO, PR, OA or PI of the first denied line's first adjustment; {@code none} when no line was denied. */
    static String denialGroup(Remittance remittance) {
        if (remittance == null) {
            return "none";
        }
        return remittance.lines().stream().filter(RemittanceLine::denied)
                .flatMap(line -> line.adjustments().stream()).findFirst()
                .map(adjustment -> adjustment.group().name())
                .orElse("none");
    }
}
