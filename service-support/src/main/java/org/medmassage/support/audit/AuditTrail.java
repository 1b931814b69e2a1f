package org.medmassage.support.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.medmassage.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only audit log of access to members' data (issue 12), in the service's own database: table
 * {@code audit_log}, which refuses UPDATE, DELETE and TRUNCATE by trigger whoever the database user is (V0_2).
 */
public class AuditTrail {

    private final DatabaseClient db;
    private final Clock clock;

    public AuditTrail(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The entry of a request to audit, or none when the caller is not authenticated (a 401 reveals nothing). */
    Mono<AuditEntry> begin(ServerWebExchange exchange) {
        return exchange.getPrincipal().ofType(JwtAuthenticationToken.class).map(token -> new AuditEntry(
                actor(token), exchange.getRequest().getMethod(), resource(exchange), correlationId(exchange),
                MemberPath.memberId(exchange).orElse(null)));
    }

    /** A 403 from the endpoint table, before any controller: recorded when the path names a member. */
    public Mono<Void> deniedBeforeAnyController(ServerWebExchange exchange) {
        return begin(exchange).flatMap(entry -> append(entry, HttpStatus.FORBIDDEN.value()));
    }

    Mono<Void> append(AuditEntry entry, int status) {
        return Flux.fromIterable(entry.finish(status, clock.instant())).concatMap(this::insert).then();
    }

    private Mono<Void> insert(AuditRecord r) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into audit_log (recorded_at, actor, roles, member_id, action, resource, outcome, status,
                                               correlation_id)
                        values (:at, :actor, :roles, :member, :action, :resource, :outcome, :status, :correlation)""")
                .bind("at", OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC)).bind("actor", r.actor())
                .bind("roles", r.roles()).bind("member", r.memberId()).bind("action", r.action())
                .bind("resource", r.resource()).bind("outcome", r.outcome()).bind("status", r.status());
        insert = r.correlationId() == null ? insert.bindNull("correlation", String.class)
                : insert.bind("correlation", r.correlationId());
        return insert.then();
    }

    /** A member's trail, newest first. */
    public Flux<AuditRecord> of(String memberId, int limit) {
        return db.sql("""
                        select recorded_at, actor, roles, member_id, action, resource, outcome, status, correlation_id
                        from audit_log where member_id = :member order by id desc limit :limit""")
                .bind("member", memberId).bind("limit", limit)
                .map(row -> new AuditRecord(row.get("recorded_at", OffsetDateTime.class).toInstant(),
                        row.get("actor", String.class), row.get("roles", String.class),
                        row.get("member_id", String.class), row.get("action", String.class),
                        row.get("resource", String.class), row.get("outcome", String.class),
                        row.get("status", Integer.class), row.get("correlation_id", String.class)))
                .all();
    }

    private static AuditEntry.Actor actor(JwtAuthenticationToken token) {
        return new AuditEntry.Actor(token.getToken().getSubject(),
                Caller.of(token.getToken()).rolesText());
    }

    private static String resource(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
    }

    private static String correlationId(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst("X-Correlation-Id");
        return header != null && header.length() <= 100 ? header : exchange.getRequest().getId();
    }
}
