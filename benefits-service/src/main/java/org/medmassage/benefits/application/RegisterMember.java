package org.medmassage.benefits.application;

import org.medmassage.benefits.member.Member;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Records a member's name and date of birth and announces them (MemberRegistered), in one unit of work. */
@Service
public class RegisterMember {

    private final Members members;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public RegisterMember(Members members, Outbox outbox, UnitOfWork unitOfWork) {
        this.members = members;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    public Mono<Member> register(Member member) {
        return unitOfWork.execute(members.save(member)
                .flatMap(saved -> outbox.append(new MemberRegistered(saved.memberId(), saved.firstName(),
                        saved.lastName(), saved.dateOfBirth()), null).thenReturn(saved)));
    }
}
