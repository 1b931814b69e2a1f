package org.medmassage.support.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.medmassage.support.audit.AuditController;
import org.springframework.http.HttpMethod;

/**
 * A service's endpoint × role table: which roles may call which endpoint (issue 12). Anything not in the table is
 * refused (403, or 401 without a token), so a new endpoint is closed until someone says who may call it. Two scopes
 * apply on top of the roles: a {@code member} reaches a {@code {memberId}} path only for their own member id, and a
 * {@code provider} or {@code prescriber} a {@code {npi}} path only for their own NPI; {@code ops} may call every GET.
 */
public final class EndpointAccess {

    /** One row of the table: the method and the path pattern (Spring's PathPattern syntax), then who may call it. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        public Rule {
            roles = Set.copyOf(roles);
        }

        /** The roles that reach the endpoint: {@code ops} reads everything. */
        public Set<Role> effectiveRoles() {
            if (!HttpMethod.GET.equals(method)) {
                return roles;
            }
            EnumSet<Role> withOps = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            withOps.add(Role.OPS);
            return withOps;
        }
    }

    /** The rows every service has without writing them: its audit trail, for ops (decision 0050). */
    static final List<Rule> EVERY_SERVICE = List.of(new Rule(HttpMethod.GET, AuditController.PATH, Set.of(Role.OPS)));

    private final List<Rule> rules;

    private EndpointAccess(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static EndpointAccess of(Rule... rules) {
        return new EndpointAccess(List.of(rules));
    }

    public static Rule allow(HttpMethod method, String pattern, Role first, Role... more) {
        return new Rule(method, pattern, EnumSet.of(first, more));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The service's rows and the ones every service has: all that security lets through, and all its API. */
    public List<Rule> allRules() {
        return Stream.concat(rules.stream(), EVERY_SERVICE.stream()).toList();
    }
}
