package org.medmassage.notification.application;

import org.medmassage.notification.overview.MemberOverview;
import reactor.core.publisher.Mono;

/** Every member's overview, one per member. */
public interface Overviews {

    /** The member's overview for an update: no other unit of work changes it until this one ends. Empty if none yet. */
    Mono<MemberOverview> lockedOf(String memberId);

    Mono<Void> save(MemberOverview overview);

    /** The overview as last saved; empty when no event about the member has arrived. */
    Mono<MemberOverview> of(String memberId);
}
