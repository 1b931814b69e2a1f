package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.medmassage.authorization.application.ReferralSessionConsumption;
import org.medmassage.authorization.usage.ConsumedVisit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The referral sessions used by visits (MN-04, ADR 0066), in PostgreSQL through R2DBC: referral_session_claim holds
 * every claim standing on a referral's session of a date, the oldest (id order) holding it.
 */
@Repository
public class ReferralSessionConsumptionR2dbcRepository implements ReferralSessionConsumption {

    private final DatabaseClient db;

    public ReferralSessionConsumptionR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> stand(String referralId, String memberId, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        insert into referral_session_claim (referral_id, member_id, date_of_service, claim_id)
                        values (:referral, :member, :dos, :claim)
                        on conflict (claim_id, referral_id, date_of_service) where released_at is null do nothing""")
                .bind("referral", referralId)
                .bind("member", memberId)
                .bind("dos", dateOfService)
                .bind("claim", claimId)
                .then();
    }

    @Override
    public Mono<Void> leave(String referralId, LocalDate dateOfService, String claimId) {
        return db.sql("""
                        update referral_session_claim set released_at = now()
                        where referral_id = :referral and date_of_service = :dos and claim_id = :claim
                          and released_at is null""")
                .bind("referral", referralId)
                .bind("dos", dateOfService)
                .bind("claim", claimId)
                .then();
    }

    @Override
    public Mono<Map<String, List<ConsumedVisit>>> byReferralOf(String memberId) {
        return db.sql("""
                        select referral_id, date_of_service, claim_id from referral_session_claim
                        where member_id = :member and released_at is null
                        order by referral_id, date_of_service, id""")
                .bind("member", memberId)
                .map((row, meta) -> new SessionRow(row.get("referral_id", String.class),
                        row.get("date_of_service", LocalDate.class), row.get("claim_id", String.class)))
                .all()
                .collectList()
                .map(SessionRow::byReferral);
    }

    @Override
    public Mono<String> referralStoodOnBy(String claimId) {
        return db.sql("""
                        select referral_id from referral_session_claim where claim_id = :claim and released_at is null
                        order by id limit 1""")
                .bind("claim", claimId)
                .map((row, meta) -> row.get("referral_id", String.class))
                .one();
    }

    /** One claim standing on a referral's session of a date. */
    private record SessionRow(String referralId, LocalDate dateOfService, String claimId) {

        // rows come oldest first within a referral and date, so the first claim of a date holds its session
        static Map<String, List<ConsumedVisit>> byReferral(List<SessionRow> rows) {
            return ClaimsOnDates.byOwner(rows, SessionRow::referralId,
                    row -> new ConsumedVisit(row.dateOfService(), row.claimId()));
        }
    }
}
