package org.medmassage.support.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who (subject and roles) did what (READ or CHANGE of a resource) to whose data, with
 * which outcome (ALLOWED, DENIED, REFUSED, FAILED) and HTTP status, when, under which correlation id. No PHI beyond
 * the member id: the resource is the request's method and path, never its body.
 */
public record AuditRecord(Instant at, String actor, String roles, String memberId, String action, String resource,
                          String outcome, int status, String correlationId) {
}
