package org.medmassage.claims.application;

import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.DuplicateClaimPolicy;
import org.medmassage.support.lock.MemberLock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Intake's duplicate check: under the member's lock (taken first in the unit of work, held to commit) the lines on
 * file are read and the new claim's duplicates denied, so of two identical claims sent at once the second to take the
 * lock sees the first and only one can be paid.
 */
@Component
class DuplicateCheck {

    private final MemberLock memberLock;
    private final BilledServices billedServices;
    private final DuplicateClaimPolicy policy;

    DuplicateCheck(MemberLock memberLock, BilledServices billedServices, DuplicateClaimPolicy policy) {
        this.memberLock = memberLock;
        this.billedServices = billedServices;
        this.policy = policy;
    }

    Mono<Void> lockMember(String memberId) {
        return memberLock.lock(memberId);
    }

    /** The received claim with its duplicate lines denied (the same claim when it has none). */
    Mono<Claim> denyDuplicates(Claim received) {
        var header = received.header();
        return billedServices.onFile(header.memberId(), header.renderingProviderNpi(), header.dateOfService())
                .collectList()
                .map(onFile -> received.denyDuplicates(policy.duplicates(received, onFile)));
    }
}
