package org.medmassage.claims.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.application.AdjudicatedClaims;
import org.medmassage.claims.application.Claims;
import org.medmassage.claims.era.AdjudicatedClaim;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decided claims from the claim table's {@code decided_at} (set when a claim reaches a terminal state) and
 * {@code voided_at}; each claim is then read whole through {@link Claims}.
 */
@Repository
public class AdjudicatedClaimsR2dbcRepository implements AdjudicatedClaims {

    private record Decided(UUID id, Instant decidedAt) {
    }

    private final DatabaseClient db;
    private final Claims claims;

    public AdjudicatedClaimsR2dbcRepository(DatabaseClient db, Claims claims) {
        this.db = db;
        this.claims = claims;
    }

    @Override
    public Mono<AdjudicatedClaim> of(Claim claim) {
        return db.sql("select decided_at from claim where id = :id and decided_at is not null")
                .bind("id", claim.id())
                .map(row -> row.get("decided_at", Instant.class)).one()
                .map(decidedAt -> new AdjudicatedClaim(claim, decidedAt));
    }

    @Override
    public Flux<AdjudicatedClaim> ofProvider(String renderingProviderNpi, Instant from, Instant to) {
        return db.sql("""
                        select id, decided_at from claim
                        where rendering_provider_npi = :npi and decided_at >= :from and decided_at < :to
                        union
                        select id, decided_at from claim
                        where rendering_provider_npi = :npi and voided_at >= :from and voided_at < :to
                        order by decided_at, id""")
                .bind("npi", renderingProviderNpi)
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .map(row -> new Decided(row.get("id", UUID.class), row.get("decided_at", Instant.class)))
                .all()
                // read the ids to the end first: no claim is read while this result still holds a connection
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(decided -> claims.find(decided.id())
                        .map(claim -> new AdjudicatedClaim(claim, decided.decidedAt())));
    }
}
