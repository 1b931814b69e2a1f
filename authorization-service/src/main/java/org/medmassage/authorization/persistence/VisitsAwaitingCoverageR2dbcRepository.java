package org.medmassage.authorization.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.authorization.application.VisitsAwaitingCoverage;
import org.medmassage.authorization.application.VisitsAwaitingCoverage.AwaitingVisit;
import org.medmassage.authorization.usage.BilledVisit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Billed visits waiting for their member's coverage, in PostgreSQL through R2DBC. */
@Repository
public class VisitsAwaitingCoverageR2dbcRepository implements VisitsAwaitingCoverage {

    private final DatabaseClient db;

    public VisitsAwaitingCoverageR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Starts the wait; a redelivered SessionBilled keeps the first deadline. */
    @Override
    public Mono<Void> add(BilledVisit visit, UUID causationId, Instant decideBy) {
        var insert = db.sql("""
                        insert into visit_awaiting_coverage (claim_id, member_id, authorization_number,
                            rendering_provider_npi, date_of_service, procedure_codes, causation_id, decide_by,
                            referral_number)
                        values (:claim, :member, :number, :npi, :dos, :codes, :causation, :decideBy, :referral)
                        on conflict (claim_id) do nothing""")
                .bind("claim", visit.claimId())
                .bind("member", visit.memberId())
                .bind("npi", visit.providerNpi())
                .bind("dos", visit.dateOfService())
                .bind("codes", visit.procedureCodes().toArray(String[]::new))
                .bind("causation", causationId)
                .bind("decideBy", decideBy);
        insert = visit.authorizationNumber() == null ? insert.bindNull("number", String.class)
                : insert.bind("number", visit.authorizationNumber());
        return (visit.referralNumber() == null ? insert.bindNull("referral", String.class)
                : insert.bind("referral", visit.referralNumber())).then();
    }

    /** The member's waiting visits, in the order they were billed. */
    @Override
    public Flux<AwaitingVisit> ofMember(String memberId) {
        return db.sql("select * from visit_awaiting_coverage where member_id = :member order by billed_at, claim_id")
                .bind("member", memberId)
                .map((row, meta) -> awaiting(row))
                .all();
    }

    /** The visits whose wait is over at {@code now}, longest overdue first. */
    @Override
    public Flux<AwaitingVisit> overdue(Instant now, int limit) {
        return db.sql("""
                        select * from visit_awaiting_coverage where decide_by <= :now
                        order by decide_by, claim_id limit :limit""")
                .bind("now", now)
                .bind("limit", limit)
                .map((row, meta) -> awaiting(row))
                .all();
    }

    /** Ends the wait; false if the visit was not waiting (another instance decided it first). */
    @Override
    public Mono<Boolean> remove(String claimId) {
        return db.sql("delete from visit_awaiting_coverage where claim_id = :claim")
                .bind("claim", claimId)
                .fetch().rowsUpdated()
                .map(count -> count > 0);
    }

    private static AwaitingVisit awaiting(Readable row) {
        BilledVisit visit = new BilledVisit(row.get("claim_id", String.class), row.get("member_id", String.class),
                row.get("authorization_number", String.class), row.get("rendering_provider_npi", String.class),
                row.get("date_of_service", LocalDate.class), List.of(row.get("procedure_codes", String[].class)),
                row.get("referral_number", String.class));
        return new AwaitingVisit(visit, row.get("causation_id", UUID.class), row.get("decide_by", Instant.class));
    }
}
