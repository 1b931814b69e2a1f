package org.medmassage.authorization.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.medmassage.authorization.application.ReEvaluations;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.reevaluation.ProgressReport;
import org.medmassage.authorization.reevaluation.ReEvaluation;
import org.medmassage.authorization.reevaluation.ReEvaluationGate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** MN-06 re-evaluations and progress reports, in PostgreSQL through R2DBC. */
@Repository
public class ReEvaluationsR2dbcRepository implements ReEvaluations {

    private final DatabaseClient db;

    public ReEvaluationsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(ReEvaluation reEvaluation) {
        GenericExecuteSpec upsert = db.sql("""
                        insert into re_evaluation (authorization_id, due_after_visits, due_after_days, status,
                            reason_code, reason)
                        values (:id, :visits, :days, :status, :reasonCode, :reason)
                        on conflict (authorization_id) do update set status = excluded.status,
                            reason_code = excluded.reason_code, reason = excluded.reason, updated_at = now()""")
                .bind("id", UUID.fromString(reEvaluation.authorizationId().value()))
                .bind("status", reEvaluation.status().name());
        upsert = number(upsert, "visits", reEvaluation.gate().afterVisits());
        upsert = number(upsert, "days", reEvaluation.gate().afterDays());
        upsert = text(upsert, "reasonCode", reEvaluation.reasonCode());
        return text(upsert, "reason", reEvaluation.reason()).then();
    }

    @Override
    public Mono<ReEvaluation> findByAuthorization(AuthorizationId authorizationId) {
        return db.sql("""
                        select authorization_id, due_after_visits, due_after_days, status, reason_code, reason
                        from re_evaluation where authorization_id = :id""")
                .bind("id", UUID.fromString(authorizationId.value()))
                .map((row, meta) -> new ReEvaluation(authorizationId,
                        new ReEvaluationGate(row.get("due_after_visits", Integer.class),
                                row.get("due_after_days", Integer.class)),
                        ReEvaluation.Status.valueOf(row.get("status", String.class)),
                        row.get("reason_code", String.class), row.get("reason", String.class)))
                .one();
    }

    @Override
    public Mono<Void> addReport(AuthorizationId authorizationId, ProgressReport report, Instant receivedAt) {
        GenericExecuteSpec insert = db.sql("""
                        insert into progress_report (authorization_id, reported_on, objective_measures, improvement,
                            reported_by, received_at)
                        values (:id, :reportedOn, :measures, :improvement, :reportedBy, :receivedAt)""")
                .bind("id", UUID.fromString(authorizationId.value()))
                .bind("reportedOn", report.reportedOn())
                .bind("measures", report.objectiveMeasures())
                .bind("improvement", report.improvement().name())
                .bind("receivedAt", receivedAt.atOffset(ZoneOffset.UTC));
        return text(insert, "reportedBy", report.reportedBy()).then();
    }

    private static GenericExecuteSpec text(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static GenericExecuteSpec number(GenericExecuteSpec spec, String name, Integer value) {
        return value == null ? spec.bindNull(name, Integer.class) : spec.bind(name, value);
    }
}
