package org.medmassage.referral.persistence;

import java.time.LocalDate;
import org.medmassage.referral.application.MedicalNecessityLetters;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Letters of medical necessity in PostgreSQL over R2DBC; writes join the caller's unit of work. */
@Repository
class MedicalNecessityLettersR2dbcRepository implements MedicalNecessityLetters {

    private final DatabaseClient db;

    MedicalNecessityLettersR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(IssuedLetter letter) {
        return db.sql("""
                        insert into medical_necessity_letter (letter_id, referral_id, member_id, issued_on, valid_to)
                        values (:letter, :referral, :member, :issuedOn, :validTo)""")
                .bind("letter", letter.letterId())
                .bind("referral", letter.referralId())
                .bind("member", letter.memberId())
                .bind("issuedOn", letter.issuedOn())
                .bind("validTo", letter.validTo())
                .then();
    }

    @Override
    public Mono<IssuedLetter> latestOf(String referralId) {
        return db.sql("""
                        select letter_id, referral_id, member_id, issued_on, valid_to from medical_necessity_letter
                        where referral_id = :referral order by recorded_at desc, letter_id desc limit 1""")
                .bind("referral", referralId)
                .map(row -> new IssuedLetter(row.get("letter_id", String.class), row.get("referral_id", String.class),
                        row.get("member_id", String.class), row.get("issued_on", LocalDate.class),
                        row.get("valid_to", LocalDate.class)))
                .one();
    }
}
