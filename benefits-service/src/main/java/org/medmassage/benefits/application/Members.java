package org.medmassage.benefits.application;

import org.medmassage.benefits.member.Member;
import reactor.core.publisher.Mono;

/** The members' names and dates of birth. */
public interface Members {

    /** Records the member, or replaces what was known of them. */
    Mono<Member> save(Member member);

    Mono<Member> findById(String memberId);
}
