package org.medmassage.support.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.medmassage.support.audit.AuditEntry;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import reactor.core.publisher.Mono;

/**
 * The per-resource half of least privilege (issue 12): a member sees only their own referrals, authorizations and
 * claims, a provider or prescriber only those bearing its NPI; the payer's staff roles that the endpoint table lets
 * through see all. Each check names the member to the request's audit entry, so the read is recorded either way.
 */
public final class MemberData {

    private static final Set<Role> STAFF = EnumSet.of(Role.REVIEWER, Role.ADMIN, Role.OPS);

    private MemberData() {
    }

    /**
     * The resource, or a 404 as if it did not exist when the caller may not see it: answering 403 would tell a
     * stranger that a claim or referral with that id exists. The attempt is audited as DENIED. {@code kind} and
     * {@code id} word the 404 as for a resource that does not exist ("claim C-1 does not exist").
     */
    public static <T> Mono<T> reveal(Caller caller, String kind, String id, T resource, String memberId,
                                     String... npis) {
        return Mono.deferContextual(context -> {
            AuditEntry.in(context).ifPresent(entry -> entry.member(memberId));
            if (visibleTo(caller, memberId, npis)) {
                return Mono.just(resource);
            }
            AuditEntry.in(context).ifPresent(AuditEntry::denied);
            return Mono.error(new ResourceNotFoundException(kind, id));
        });
    }

    /**
     * Nothing, or a 403 when the caller may not act for that member with that NPI (e.g. a provider submitting a claim
     * under another NPI). The caller named the member in the request, so refusing openly reveals nothing new.
     */
    public static Mono<Void> actingFor(Caller caller, String memberId, String npi) {
        return Mono.deferContextual(context -> {
            AuditEntry.in(context).ifPresent(entry -> entry.member(memberId));
            // only the NPI's holder or the payer's admin: being the member (a therapist on the plan) is not enough
            return caller.is(Role.ADMIN) || (npi != null && caller.hasNpi(npi)) ? Mono.<Void>empty()
                    : Mono.error(new AccessDeniedException("the token's npi or member_id is not the one of the request"));
        });
    }

    /**
     * A listing for the payer's staff (a review queue, a provider's remittances of a day) shows these members' data:
     * each gets its line in the audit trail.
     */
    public static Mono<Void> listed(Collection<String> memberIds) {
        return Mono.deferContextual(context -> {
            AuditEntry.in(context).ifPresent(entry -> memberIds.forEach(entry::member));
            return Mono.<Void>empty();
        });
    }

    static boolean visibleTo(Caller caller, String memberId, String... npis) {
        return caller.isAny(STAFF) || caller.isMember(memberId)
                || Arrays.stream(npis).anyMatch(npi -> npi != null && caller.hasNpi(npi));
    }
}
