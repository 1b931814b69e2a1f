package org.medmassage.authorization.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.authorization.application.VisitConsumption;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The visits used on authorizations (PA-04), in PostgreSQL through R2DBC: visit_consumption is the one visit per
 * authorization and DOS with the claim holding it, visit_claim every claim standing on it (holder included).
 */
@Repository
public class VisitConsumptionR2dbcRepository implements VisitConsumption {

    // the holder comes from visit_consumption, the sharers after it in the order they were authorized
    private static final String VISITS = """
            select v.authorization_id, v.date_of_service, v.claim_id as holder, c.claim_id as sharer
            from visit_consumption v
            left join visit_claim c on c.authorization_id = v.authorization_id
                and c.date_of_service = v.date_of_service and c.released_at is null and c.claim_id <> v.claim_id
            """;

    private final DatabaseClient db;

    public VisitConsumptionR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A date's visit newly used, held by this claim. */
    @Override
    public Mono<Void> add(AuthorizationId authorization, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        insert into visit_consumption (authorization_id, date_of_service, claim_id)
                        values (:authorizationId, :dos, :claimId)""")
                .bind("authorizationId", uuid(authorization))
                .bind("dos", dateOfService)
                .bind("claimId", claimId)
                .then();
    }

    /** The claim stands on the date's visit; a claim already standing on it is not recorded twice. */
    @Override
    public Mono<Void> stand(AuthorizationId authorization, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        insert into visit_claim (authorization_id, date_of_service, claim_id)
                        values (:authorizationId, :dos, :claimId)
                        on conflict (claim_id, authorization_id, date_of_service) where released_at is null do nothing""")
                .bind("authorizationId", uuid(authorization))
                .bind("dos", dateOfService)
                .bind("claimId", claimId)
                .then();
    }

    /** The claim no longer stands on the date's visit (denied or voided). */
    @Override
    public Mono<Void> leave(AuthorizationId authorization, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        update visit_claim set released_at = now()
                        where authorization_id = :authorizationId and date_of_service = :dos and claim_id = :claimId
                          and released_at is null""")
                .bind("authorizationId", uuid(authorization))
                .bind("dos", dateOfService)
                .bind("claimId", claimId)
                .then();
    }

    /** The date's visit now counts for this claim, which stood on it already. */
    @Override
    public Mono<Void> passTo(AuthorizationId authorization, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        update visit_consumption set claim_id = :claimId
                        where authorization_id = :authorizationId and date_of_service = :dos""")
                .bind("authorizationId", uuid(authorization))
                .bind("dos", dateOfService)
                .bind("claimId", claimId)
                .then();
    }

    /** The date's visit is given back. */
    @Override
    public Mono<Void> remove(AuthorizationId authorization, LocalDate dateOfService) {
        return db.sql("delete from visit_consumption where authorization_id = :authorizationId and date_of_service = :dos")
                .bind("authorizationId", uuid(authorization))
                .bind("dos", dateOfService)
                .then();
    }

    /** The visits used on each of a member's authorizations, by authorization id. */
    @Override
    public Mono<Map<String, List<ConsumedVisit>>> byAuthorizationOf(String memberId) {
        return db.sql(VISITS + """
                        join prior_authorization a on a.authorization_id = v.authorization_id
                        where a.member_id = :memberId
                        order by v.authorization_id, v.date_of_service, c.id""")
                .bind("memberId", memberId)
                .map((row, meta) -> VisitRow.read(row)).all()
                .collectList().map(VisitRow::byAuthorization);
    }

    /**
     * The authorization whose visit the claim stands on, if any. A holder is found in visit_consumption too: a row an
     * instance without visit_claim wrote during a rolling deploy must still be given back.
     */
    @Override
    public Mono<String> authorizationStoodOnBy(String claimId) {
        return db.sql("""
                        select authorization_id from visit_claim where claim_id = :claimId and released_at is null
                        union
                        select authorization_id from visit_consumption where claim_id = :claimId
                        limit 1""")
                .bind("claimId", claimId)
                .map((row, meta) -> row.get("authorization_id", UUID.class).toString())
                .one();
    }

    @Override
    public Mono<List<ConsumedVisit>> findByAuthorization(String authorizationId) {
        return db.sql(VISITS + " where v.authorization_id = :id order by v.date_of_service, c.id")
                .bind("id", UUID.fromString(authorizationId))
                .map((row, meta) -> VisitRow.read(row)).all()
                .collectList()
                .map(rows -> VisitRow.byAuthorization(rows).getOrDefault(authorizationId, List.of()));
    }

    private static UUID uuid(AuthorizationId authorization) {
        return UUID.fromString(authorization.value());
    }

    /** One row of {@link #VISITS}: a used visit and, if any, one claim sharing it. */
    private record VisitRow(String authorizationId, LocalDate dateOfService, String holder, String sharer) {

        static VisitRow read(Readable row) {
            return new VisitRow(row.get("authorization_id", UUID.class).toString(),
                    row.get("date_of_service", LocalDate.class), row.get("holder", String.class),
                    row.get("sharer", String.class));
        }

        static Map<String, List<ConsumedVisit>> byAuthorization(List<VisitRow> rows) {
            return ClaimsOnDates.byOwner(rows, VisitRow::authorizationId, VisitRow::visit);
        }

        ConsumedVisit visit() {
            ConsumedVisit held = new ConsumedVisit(dateOfService, holder);
            return sharer == null ? held : held.sharedWith(sharer);
        }
    }
}
