package org.medmassage.benefits.web;

import java.time.LocalDate;
import org.medmassage.benefits.member.Member;

public record MemberResponse(String memberId, String firstName, String lastName, LocalDate dateOfBirth) {

    static MemberResponse of(Member member) {
        return new MemberResponse(member.memberId(), member.firstName(), member.lastName(), member.dateOfBirth());
    }
}
