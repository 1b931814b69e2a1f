package org.medmassage.benefits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.medmassage.benefits.member.Member;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.RequestRejectedException;

/** {@code PUT /members/{memberId}} body: the member's name and date of birth (decision 0069). */
public record MemberBody(@NotBlank @Size(max = 60) String firstName, @NotBlank @Size(max = 60) String lastName,
                         @NotNull @Past LocalDate dateOfBirth) {

    /** No member of a health plan today was born before this. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    Member toMember(String memberId) {
        if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            throw RequestRejectedException.unprocessable("Member cannot be registered", List.of(new FieldProblem(
                    "dateOfBirth", "DateOfBirth", "dateOfBirth " + dateOfBirth + " is before " + EARLIEST_BIRTH)));
        }
        return new Member(memberId, firstName, lastName, dateOfBirth);
    }
}
