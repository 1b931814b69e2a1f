package org.medmassage.authorization.persistence;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.application.KnownReferrals;
import org.medmassage.authorization.referral.KnownReferral;
import org.medmassage.authorization.time.DateWindow;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The referrals authorization has heard of, in PostgreSQL through R2DBC. */
@Repository
public class KnownReferralsR2dbcRepository implements KnownReferrals {

    private static final String SELECT = """
            select referral_id, member_id, procedure_codes, sessions, valid_from, valid_to, revoked_reason, prescriber_npi
            from known_referral""";

    private final DatabaseClient db;

    public KnownReferralsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A referral recorded again (corrected by its service) replaces what was known of it. */
    @Override
    public Mono<Void> remember(KnownReferral referral) {
        var insert = db.sql("""
                        insert into known_referral (referral_id, member_id, procedure_codes, sessions, valid_from, valid_to,
                            prescriber_npi)
                        values (:id, :memberId, :codes, :sessions, :validFrom, :validTo, :prescriber)
                        on conflict (referral_id) do update set member_id = excluded.member_id,
                            procedure_codes = excluded.procedure_codes, sessions = excluded.sessions,
                            valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                            prescriber_npi = coalesce(excluded.prescriber_npi, known_referral.prescriber_npi),
                            recorded_at = now()""")
                .bind("id", referral.referralId())
                .bind("memberId", referral.memberId())
                .bind("codes", referral.procedureCodes().toArray(String[]::new))
                .bind("sessions", referral.sessions())
                .bind("validFrom", referral.window().from())
                .bind("validTo", referral.window().to());
        return (referral.prescriberNpi() == null ? insert.bindNull("prescriber", String.class)
                : insert.bind("prescriber", referral.prescriberNpi())).then();
    }

    /** True when the referral was known and is now marked revoked; a revocation stays, whatever comes later. */
    @Override
    public Mono<Boolean> revoke(String referralId, String reason) {
        return db.sql("update known_referral set revoked_reason = :reason where referral_id = :id")
                .bind("reason", reason == null || reason.isBlank() ? "no reason given" : reason)
                .bind("id", referralId)
                .fetch().rowsUpdated()
                .map(rows -> rows > 0);
    }

    @Override
    public Mono<KnownReferral> findById(String referralId) {
        return db.sql(SELECT + " where referral_id = :id")
                .bind("id", referralId)
                .map(KnownReferralsR2dbcRepository::referral)
                .one();
    }

    @Override
    public Flux<KnownReferral> ofMember(String memberId) {
        return db.sql(SELECT + " where member_id = :memberId order by valid_from, referral_id")
                .bind("memberId", memberId)
                .map(KnownReferralsR2dbcRepository::referral)
                .all();
    }

    private static KnownReferral referral(Row row, RowMetadata meta) {
        return new KnownReferral(row.get("referral_id", String.class), row.get("member_id", String.class),
                List.of(row.get("procedure_codes", String[].class)), row.get("sessions", Integer.class),
                DateWindow.of(row.get("valid_from", LocalDate.class), row.get("valid_to", LocalDate.class)),
                row.get("revoked_reason", String.class), row.get("prescriber_npi", String.class));
    }
}
