package org.medmassage.referral.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.medmassage.codesets.IcdCode;
import org.medmassage.referral.application.Referrals;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Referrals in PostgreSQL over R2DBC; writes join the caller's unit of work. */
@Repository
class ReferralsR2dbcRepository implements Referrals {

    private static final String COLUMNS = """
            r.referral_id, r.member_id, r.prescriber_npi, r.prescriber_name, r.prescriber_type, r.diagnosis_codes,
            r.procedure_codes, r.sessions, r.duration_weeks, r.issued_on, r.valid_from, r.valid_to, r.status,
            r.status_reason, (select coalesce(sum(a.visits_used), 0) from referral_authorization a
                              where a.referral_id = r.referral_id)
                           + (select coalesce(sum(v.sessions_used), 0) from referral_visit_sessions v
                              where v.referral_id = r.referral_id) as sessions_used""";

    private final DatabaseClient db;

    ReferralsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(Referral referral) {
        return db.sql("""
                        insert into referral (referral_id, member_id, prescriber_npi, prescriber_name, prescriber_type,
                            diagnosis_codes, procedure_codes, sessions, duration_weeks, issued_on, valid_from, valid_to,
                            status)
                        values (:id, :member, :npi, :name, :type, :diagnoses, :procedures, :sessions, :weeks,
                                :issuedOn, :validFrom, :validTo, :status)""")
                .bind("id", referral.id().value())
                .bind("member", referral.memberId())
                .bind("npi", referral.prescriber().npi())
                .bind("name", referral.prescriber().name())
                .bind("type", referral.prescriber().type())
                .bind("diagnoses", referral.diagnosisCodes().stream().map(code -> IcdCode.of(code).value())
                        .toArray(String[]::new))
                .bind("procedures", referral.procedureCodes().toArray(String[]::new))
                .bind("sessions", referral.sessions())
                .bind("weeks", referral.durationWeeks())
                .bind("issuedOn", referral.issuedOn())
                .bind("validFrom", referral.window().validFrom())
                .bind("validTo", referral.window().validTo())
                .bind("status", referral.status().name())
                .then();
    }

    @Override
    public Mono<Referral> find(ReferralId id) {
        return db.sql("select " + COLUMNS + " from referral r where r.referral_id = :id")
                .bind("id", id.value())
                .map(ReferralsR2dbcRepository::toReferral)
                .one();
    }

    @Override
    public Flux<Referral> ofMember(String memberId, Optional<ReferralStatus> status, int page, int size) {
        var spec = db.sql("select " + COLUMNS + memberFilter(status)
                        + " order by r.issued_on, r.recorded_at, r.referral_id limit :size offset :offset")
                .bind("member", memberId);
        return (status.isPresent() ? spec.bind("status", status.get().name()) : spec)
                .bind("size", size)
                .bind("offset", (long) page * size)
                .map(ReferralsR2dbcRepository::toReferral)
                .all();
    }

    @Override
    public Mono<Long> countOfMember(String memberId, Optional<ReferralStatus> status) {
        var spec = db.sql("select count(*) as total" + memberFilter(status)).bind("member", memberId);
        return (status.isPresent() ? spec.bind("status", status.get().name()) : spec)
                .map(row -> row.get("total", Long.class))
                .one();
    }

    @Override
    public Flux<Referral> activeEndedBefore(LocalDate today) {
        return db.sql("select " + COLUMNS + " from referral r where r.status = 'ACTIVE' and r.valid_to < :today"
                        + " order by r.valid_to, r.referral_id")
                .bind("today", today)
                .map(ReferralsR2dbcRepository::toReferral)
                .all();
    }

    @Override
    public Mono<Boolean> changeStatus(Referral changed, ReferralStatus from) {
        var spec = db.sql("""
                        update referral set status = :status, status_reason = :reason, status_changed_at = now()
                        where referral_id = :id and status = :from""")
                .bind("status", changed.status().name());
        return (changed.statusReason() == null ? spec.bindNull("reason", String.class)
                        : spec.bind("reason", changed.statusReason()))
                .bind("id", changed.id().value())
                .bind("from", from.name())
                .fetch().rowsUpdated()
                .map(updated -> updated == 1);
    }

    @Override
    public Mono<Void> linkAuthorization(String authorizationId, String referralId, String memberId) {
        return db.sql("""
                        insert into referral_authorization (authorization_id, referral_id, member_id)
                        values (:authorization, :referral, :member) on conflict (authorization_id) do nothing""")
                .bind("authorization", authorizationId)
                .bind("referral", referralId)
                .bind("member", memberId)
                .then();
    }

    @Override
    public Mono<Void> recordVisitsUsed(String authorizationId, int visitsUsed) {
        return db.sql("update referral_authorization set visits_used = :used where authorization_id = :authorization")
                .bind("used", visitsUsed)
                .bind("authorization", authorizationId)
                .then();
    }

    @Override
    public Mono<Void> recordSessionsUsedOnVisits(String referralId, String memberId, int sessionsUsed) {
        return db.sql("""
                        insert into referral_visit_sessions (referral_id, member_id, sessions_used)
                        values (:referral, :member, :used)
                        on conflict (referral_id) do update set sessions_used = excluded.sessions_used""")
                .bind("referral", referralId)
                .bind("member", memberId)
                .bind("used", sessionsUsed)
                .then();
    }

    private static String memberFilter(Optional<ReferralStatus> status) {
        return " from referral r where r.member_id = :member" + (status.isPresent() ? " and r.status = :status" : "");
    }

    private static Referral toReferral(Readable row) {
        return new Referral(
                new ReferralId(row.get("referral_id", String.class)),
                row.get("member_id", String.class),
                new Prescriber(row.get("prescriber_npi", String.class), row.get("prescriber_name", String.class),
                        row.get("prescriber_type", String.class)),
                Arrays.stream(row.get("diagnosis_codes", String[].class)).map(code -> IcdCode.of(code).dotted()).toList(),
                List.of(row.get("procedure_codes", String[].class)),
                row.get("sessions", Integer.class),
                row.get("duration_weeks", Integer.class),
                row.get("issued_on", LocalDate.class),
                new ValidityWindow(row.get("valid_from", LocalDate.class), row.get("valid_to", LocalDate.class)),
                ReferralStatus.valueOf(row.get("status", String.class)),
                row.get("sessions_used", Long.class).intValue(),
                row.get("status_reason", String.class));
    }
}
