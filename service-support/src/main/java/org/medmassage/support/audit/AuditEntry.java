package org.medmassage.support.audit;

import java.util.Optional;
import org.springframework.http.HttpMethod;
import reactor.util.context.ContextView;

/**
 * What one request did to a member's data, filled in while it runs: the member becomes known from the path or from
 * the resource a controller reveals; the outcome from the response. Lives in the request's Reactor context.
 */
public final class AuditEntry {

    private final Actor actor;
    private final HttpMethod method;
    private final String resource;
    private final String correlationId;
    private volatile String memberId;
    private volatile boolean denied;

    AuditEntry(Actor actor, HttpMethod method, String resource, String correlationId, String memberId) {
        this.actor = actor;
        this.method = method;
        this.resource = resource;
        this.correlationId = correlationId;
        this.memberId = memberId;
    }

    /** Who asked: the token's subject and roles. */
    record Actor(String subject, String roles) {
    }

    public static Optional<AuditEntry> in(ContextView context) {
        return context.getOrEmpty(AuditEntry.class);
    }

    public void member(String member) {
        if (member != null) {
            memberId = member;
        }
    }

    /** The caller reached the endpoint but not this member's resource (answered as a 404). */
    public void denied() {
        denied = true;
    }

    Optional<AuditRecord> finish(int status, java.time.Instant at) {
        if (memberId == null) {
            return Optional.empty();
        }
        return Optional.of(new AuditRecord(at, actor.subject(), actor.roles(), memberId, action(), resource,
                outcome(status), status, correlationId));
    }

    private String action() {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? "READ" : "CHANGE";
    }

    private String outcome(int status) {
        if (denied || status == 401 || status == 403) {
            return "DENIED";
        }
        if (status >= 500) {
            return "FAILED";
        }
        return status >= 400 ? "REFUSED" : "ALLOWED";
    }
}
