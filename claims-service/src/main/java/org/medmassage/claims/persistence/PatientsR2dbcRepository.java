package org.medmassage.claims.persistence;

import java.time.LocalDate;
import org.medmassage.claims.application.Patients;
import org.medmassage.claims.receipt.Patient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Members' names and dates of birth in PostgreSQL over R2DBC. */
@Repository
public class PatientsR2dbcRepository implements Patients {

    private final DatabaseClient db;

    public PatientsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> remember(Patient patient) {
        var upsert = db.sql("""
                        insert into member_identity (member_id, first_name, last_name, date_of_birth)
                        values (:memberId, :firstName, :lastName, :dateOfBirth)
                        on conflict (member_id) do update set first_name = excluded.first_name,
                            last_name = excluded.last_name, date_of_birth = excluded.date_of_birth, updated_at = now()""")
                .bind("memberId", patient.memberId());
        upsert = Nullable.bind(upsert, "firstName", patient.firstName(), String.class);
        upsert = Nullable.bind(upsert, "lastName", patient.lastName(), String.class);
        return Nullable.bind(upsert, "dateOfBirth", patient.dateOfBirth(), LocalDate.class).then();
    }

    @Override
    public Mono<Patient> find(String memberId) {
        return db.sql("select first_name, last_name, date_of_birth from member_identity where member_id = :memberId")
                .bind("memberId", memberId)
                .map(row -> new Patient(memberId, row.get("first_name", String.class),
                        row.get("last_name", String.class), row.get("date_of_birth", LocalDate.class)))
                .one();
    }
}
