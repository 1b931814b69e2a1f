package org.medmassage.referral.persistence;

import java.time.LocalDate;
import org.medmassage.referral.application.Patients;
import org.medmassage.referral.letter.Patient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Members' names and dates of birth in PostgreSQL over R2DBC; writes join the caller's unit of work. */
@Repository
class PatientsR2dbcRepository implements Patients {

    private final DatabaseClient db;

    PatientsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> remember(Patient patient) {
        var upsert = db.sql("""
                        insert into member_identity (member_id, name, date_of_birth) values (:member, :name, :dob)
                        on conflict (member_id) do update set name = excluded.name,
                            date_of_birth = excluded.date_of_birth, updated_at = now()""")
                .bind("member", patient.memberId())
                .bind("name", patient.name());
        upsert = patient.dateOfBirth() == null ? upsert.bindNull("dob", LocalDate.class)
                : upsert.bind("dob", patient.dateOfBirth());
        return upsert.then();
    }

    @Override
    public Mono<Patient> find(String memberId) {
        return db.sql("select name, date_of_birth from member_identity where member_id = :member")
                .bind("member", memberId)
                .map(row -> new Patient(memberId, row.get("name", String.class),
                        row.get("date_of_birth", LocalDate.class)))
                .one();
    }
}
