package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The visits used on authorizations (PA-04), in PostgreSQL through R2DBC; unique per authorization and DOS. */
@Repository
public class VisitConsumptionR2dbcRepository {

    private final DatabaseClient db;

    public VisitConsumptionR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> add(AuthorizationId authorization, ConsumedVisit visit) {
        return db.sql("""
                        insert into visit_consumption (authorization_id, date_of_service, claim_id)
                        values (:authorizationId, :dos, :claimId)""")
                .bind("authorizationId", UUID.fromString(authorization.value()))
                .bind("dos", visit.dateOfService())
                .bind("claimId", visit.claimId())
                .then();
    }

    public Mono<Void> remove(AuthorizationId authorization, ConsumedVisit visit) {
        return db.sql("""
                        delete from visit_consumption
                        where authorization_id = :authorizationId and date_of_service = :dos and claim_id = :claimId""")
                .bind("authorizationId", UUID.fromString(authorization.value()))
                .bind("dos", visit.dateOfService())
                .bind("claimId", visit.claimId())
                .then();
    }

    /** The visits used on each of a member's authorizations, by authorization id. */
    public Mono<Map<String, List<ConsumedVisit>>> byAuthorizationOf(String memberId) {
        return db.sql("""
                        select v.authorization_id, v.date_of_service, v.claim_id
                        from visit_consumption v join prior_authorization a using (authorization_id)
                        where a.member_id = :memberId""")
                .bind("memberId", memberId)
                .map((row, meta) -> Map.entry(row.get("authorization_id", UUID.class).toString(),
                        new ConsumedVisit(row.get("date_of_service", LocalDate.class), row.get("claim_id", String.class))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The authorization whose visit a claim used, if it used one. */
    public Mono<String> authorizationUsedBy(String claimId) {
        return db.sql("select authorization_id from visit_consumption where claim_id = :claimId limit 1")
                .bind("claimId", claimId)
                .map((row, meta) -> row.get("authorization_id", UUID.class).toString())
                .one();
    }

    public Mono<List<ConsumedVisit>> findByAuthorization(String authorizationId) {
        return db.sql("select date_of_service, claim_id from visit_consumption where authorization_id = :id")
                .bind("id", UUID.fromString(authorizationId))
                .map((row, meta) -> new ConsumedVisit(row.get("date_of_service", LocalDate.class),
                        row.get("claim_id", String.class)))
                .all().collectList();
    }
}
