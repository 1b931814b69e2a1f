package org.medmassage.benefits.persistence;

import java.time.LocalDate;
import org.medmassage.benefits.application.Members;
import org.medmassage.benefits.member.Member;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Members' names and dates of birth, in PostgreSQL through R2DBC. */
@Repository
class MembersR2dbcRepository implements Members {

    private final DatabaseClient db;

    MembersR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Member> save(Member member) {
        return db.sql("""
                        insert into member (member_id, first_name, last_name, date_of_birth)
                        values (:memberId, :firstName, :lastName, :dateOfBirth)
                        on conflict (member_id) do update
                            set first_name = excluded.first_name, last_name = excluded.last_name,
                                date_of_birth = excluded.date_of_birth, updated_at = now()""")
                .bind("memberId", member.memberId()).bind("firstName", member.firstName())
                .bind("lastName", member.lastName()).bind("dateOfBirth", member.dateOfBirth())
                .then().thenReturn(member);
    }

    @Override
    public Mono<Member> findById(String memberId) {
        return db.sql("select first_name, last_name, date_of_birth from member where member_id = :memberId")
                .bind("memberId", memberId)
                .map((row, meta) -> new Member(memberId, row.get("first_name", String.class),
                        row.get("last_name", String.class), row.get("date_of_birth", LocalDate.class)))
                .one();
    }
}
