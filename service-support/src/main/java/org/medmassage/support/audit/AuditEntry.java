package org.medmassage.support.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final Set<String> members = Collections.synchronizedSet(new LinkedHashSet<>());
    private volatile boolean denied;

    AuditEntry(Actor actor, HttpMethod method, String resource, String correlationId, String memberId) {
        this.actor = actor;
        this.method = method;
        this.resource = resource;
        this.correlationId = correlationId;
        member(memberId);
    }

    /** Who asked: the token's subject and roles. */
    record Actor(String subject, String roles) {
    }

    public static Optional<AuditEntry> in(ContextView context) {
        return context.getOrEmpty(AuditEntry.class);
    }

    /** The request touched this member's data; a listing names every member it shows. */
    public void member(String member) {
        if (member != null) {
            members.add(member);
        }
    }

    /** The caller reached the endpoint but not this member's resource (answered as a 404). */
    public void denied() {
        denied = true;
    }

    /** One line per member the request touched; none when it touched no member's data. */
    List<AuditRecord> finish(int status, Instant at) {
        synchronized (members) {
            return members.stream().map(member -> new AuditRecord(at, actor.subject(), actor.roles(), member,
                    action(), resource, outcome(status), status, correlationId)).toList();
        }
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
