package org.medmassage.authorization.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.authorization.application.Authorizations;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.DeniedAuthorization;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.authorization.decision.Review;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The authorizations, in PostgreSQL through R2DBC. */
@Repository
public class AuthorizationsR2dbcRepository implements Authorizations {

    private final DatabaseClient db;

    public AuthorizationsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(Authorization authorization) {
        GenericExecuteSpec insert = db.sql("""
                        insert into prior_authorization (authorization_id, authorization_number, member_id, referral_id,
                            provider_npi, requested_codes, requested_visits, start_date, priority, received_at, due_at,
                            status, x12_action_code, approved_visits, approved_codes, valid_from, valid_to, reason,
                            decided_at, reason_code, decided_by, review_note, rendering_provider_taxonomy, care_goal)
                        values (:id, :number, :memberId, :referralId, :npi, :requestedCodes, :requestedVisits,
                            :startDate, :priority, :receivedAt, :dueAt, :status, :x12, :approvedVisits, :approvedCodes,
                            :validFrom, :validTo, :reason, :decidedAt, :reasonCode, :decidedBy, :reviewNote, :taxonomy,
                            :careGoal)""")
                .bind("number", authorization.number().value())
                .bind("memberId", authorization.request().memberId())
                .bind("referralId", authorization.request().referralId())
                .bind("npi", authorization.request().providerNpi())
                .bind("requestedCodes", authorization.request().procedureCodes().toArray(String[]::new))
                .bind("requestedVisits", authorization.request().requestedVisits())
                .bind("startDate", authorization.request().startDate())
                .bind("priority", authorization.request().priority().name())
                .bind("receivedAt", authorization.request().receivedAt().atOffset(ZoneOffset.UTC))
                .bind("dueAt", authorization.dueAt().atOffset(ZoneOffset.UTC))
                .bind("careGoal", authorization.request().careGoal().name());
        insert = text(insert, "taxonomy", authorization.request().renderingProviderTaxonomy());
        return decision(insert, authorization).then();
    }

    /** Records the decision of a pended request; only a row still pended is changed. */
    @Override
    public Mono<Void> recordDecision(Authorization decided) {
        GenericExecuteSpec update = db.sql("""
                update prior_authorization set status = :status, x12_action_code = :x12, approved_visits = :approvedVisits,
                    approved_codes = :approvedCodes, valid_from = :validFrom, valid_to = :validTo, reason = :reason,
                    decided_at = :decidedAt, reason_code = :reasonCode, decided_by = :decidedBy,
                    review_note = :reviewNote
                where authorization_id = :id and status = 'PENDED'""");
        return decision(update, decided).fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("authorization " + decided.id() + " is no longer pended")));
    }

    /** MN-06: the next block of a certified authorization, or the rest denied; only a certified row is changed. */
    @Override
    public Mono<Void> recordReEvaluation(ApprovedAuthorization reEvaluated) {
        GenericExecuteSpec update = db.sql("""
                update prior_authorization set status = :status, x12_action_code = :x12, approved_visits = :approvedVisits,
                    approved_codes = :approvedCodes, valid_from = :validFrom, valid_to = :validTo, reason = :reason,
                    decided_at = :decidedAt, reason_code = :reasonCode, decided_by = :decidedBy,
                    review_note = :reviewNote,
                    -- the next block is a new promise: its last visit and its end are announced again (decision 0062)
                    exhausted_at = case when :approvedVisits > approved_visits then null else exhausted_at end,
                    expired_at = case when :validTo > valid_to then null else expired_at end
                where authorization_id = :id and status in ('APPROVED', 'PARTIALLY_APPROVED')""");
        return decision(update, reEvaluated).fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "authorization " + reEvaluated.id() + " is not certified")));
    }

    @Override
    public Mono<Void> recordExtension(ApprovedAuthorization extended) {
        GenericExecuteSpec update = db.sql("""
                update prior_authorization set status = :status, x12_action_code = :x12, approved_visits = :approvedVisits,
                    approved_codes = :approvedCodes, valid_from = :validFrom, valid_to = :validTo, reason = :reason,
                    decided_at = :decidedAt, reason_code = :reasonCode, decided_by = :decidedBy,
                    review_note = :reviewNote, requested_visits = :requestedVisits,
                    -- as a next block (recordReEvaluation): more visits or a later end are announced again
                    exhausted_at = case when :approvedVisits > approved_visits then null else exhausted_at end,
                    expired_at = case when :validTo > valid_to then null else expired_at end
                where authorization_id = :id and status in ('APPROVED', 'PARTIALLY_APPROVED')""");
        return decision(update, extended).bind("requestedVisits", extended.request().requestedVisits()).fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException(
                        "authorization " + extended.id() + " is not certified")));
    }

    @Override
    public Mono<Authorization> findById(String authorizationId) {
        UUID id;
        try {
            id = UUID.fromString(authorizationId);
        } catch (IllegalArgumentException notAUuid) {
            return Mono.empty();
        }
        return db.sql("select " + AuthorizationRows.COLUMNS + " from prior_authorization where authorization_id = :id")
                .bind("id", id).map((row, meta) -> AuthorizationRows.read(row)).one();
    }

    /** Pended requests waiting for this referral, oldest first: they are decided in the order they arrived. */
    @Override
    public Flux<PendedAuthorization> pendedFor(String referralId) {
        return db.sql("select " + AuthorizationRows.COLUMNS + """
                         from prior_authorization where referral_id = :referralId and status = 'PENDED'
                        order by received_at, authorization_number""")
                .bind("referralId", referralId)
                .map((row, meta) -> (PendedAuthorization) AuthorizationRows.read(row)).all();
    }

    @Override
    public Flux<PendedAuthorization> pendedDueBefore(Optional<Instant> dueBefore, long offset, int limit) {
        GenericExecuteSpec select = db.sql("select " + AuthorizationRows.COLUMNS + " from prior_authorization"
                        + pendedWhere(dueBefore) + """
                         order by due_at, received_at, authorization_number
                        limit :limit offset :offset""")
                .bind("limit", limit).bind("offset", offset);
        return bindDue(select, dueBefore).map((row, meta) -> (PendedAuthorization) AuthorizationRows.read(row)).all();
    }

    @Override
    public Mono<Long> countPendedDueBefore(Optional<Instant> dueBefore) {
        return bindDue(db.sql("select count(*) as pended from prior_authorization" + pendedWhere(dueBefore)), dueBefore)
                .map((row, meta) -> ((Number) row.get("pended")).longValue()).one();
    }

    private static String pendedWhere(Optional<Instant> dueBefore) {
        return " where status = 'PENDED'" + (dueBefore.isPresent() ? " and due_at < :dueBefore" : "");
    }

    private static GenericExecuteSpec bindDue(GenericExecuteSpec spec, Optional<Instant> dueBefore) {
        return dueBefore.map(due -> spec.bind("dueBefore", due.atOffset(ZoneOffset.UTC))).orElse(spec);
    }

    @Override
    public Flux<ApprovedAuthorization> certifiedFor(String memberId) {
        return db.sql("select " + AuthorizationRows.COLUMNS + """
                         from prior_authorization
                        where member_id = :memberId and status in ('APPROVED', 'PARTIALLY_APPROVED')
                        order by valid_from, authorization_number""")
                .bind("memberId", memberId)
                .map((row, meta) -> (ApprovedAuthorization) AuthorizationRows.read(row)).all();
    }

    /** Visits already certified on a referral by other requests (MN-05 across authorizations). */
    @Override
    public Mono<Integer> sessionsCertifiedOn(String referralId) {
        return db.sql("""
                        select coalesce(sum(approved_visits), 0) as sessions from prior_authorization
                        where referral_id = :referralId and status in ('APPROVED', 'PARTIALLY_APPROVED')""")
                .bind("referralId", referralId)
                .map((row, meta) -> ((Number) row.get("sessions")).intValue()).one();
    }

    private static GenericExecuteSpec decision(GenericExecuteSpec spec, Authorization authorization) {
        GenericExecuteSpec bound = spec.bind("id", UUID.fromString(authorization.id().value()))
                .bind("status", authorization.status().name())
                .bind("x12", authorization.status().x12Code());
        bound = text(bound, "reason", authorization.reason());
        DeniedAuthorization denied = authorization instanceof DeniedAuthorization d ? d : null;
        Review review = authorization instanceof ApprovedAuthorization a ? a.review()
                : denied != null ? denied.review() : null;
        bound = text(bound, "reasonCode", denied == null ? null : denied.reasonCode());
        bound = text(bound, "decidedBy", review == null ? null : review.reviewer());
        bound = text(bound, "reviewNote", review == null ? null : review.note());
        if (authorization instanceof ApprovedAuthorization approved) {
            return timestamp(bound, "decidedAt", approved.decidedAt())
                    .bind("approvedVisits", approved.approvedVisits())
                    .bind("approvedCodes", approved.procedureCodes().toArray(String[]::new))
                    .bind("validFrom", approved.window().from())
                    .bind("validTo", approved.window().to());
        }
        Instant decidedAt = denied == null ? null : denied.decidedAt();
        return timestamp(bound, "decidedAt", decidedAt)
                .bindNull("approvedVisits", Integer.class)
                .bindNull("approvedCodes", String[].class)
                .bindNull("validFrom", LocalDate.class)
                .bindNull("validTo", LocalDate.class);
    }

    private static GenericExecuteSpec text(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static GenericExecuteSpec timestamp(GenericExecuteSpec spec, String name, Instant value) {
        return value == null ? spec.bindNull(name, OffsetDateTime.class) : spec.bind(name, value.atOffset(ZoneOffset.UTC));
    }
}
