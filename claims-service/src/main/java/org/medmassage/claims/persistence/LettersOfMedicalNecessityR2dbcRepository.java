package org.medmassage.claims.persistence;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.claims.application.LettersOfMedicalNecessity;
import org.medmassage.claims.receipt.LetterOfMedicalNecessity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Letters of medical necessity and revoked referrals in PostgreSQL over R2DBC; a redelivery changes nothing. */
@Repository
public class LettersOfMedicalNecessityR2dbcRepository implements LettersOfMedicalNecessity {

    private final DatabaseClient db;

    public LettersOfMedicalNecessityR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(LetterOfMedicalNecessity letter) {
        return db.sql("""
                        insert into medical_necessity_letter (letter_id, referral_id, member_id, diagnosis_codes,
                                                              issued_on, valid_to)
                        values (:letterId, :referralId, :memberId, :codes, :issuedOn, :validTo)
                        on conflict (letter_id) do nothing""")
                .bind("letterId", letter.letterId())
                .bind("referralId", letter.referralId())
                .bind("memberId", letter.memberId())
                .bind("codes", letter.diagnosisCodes().toArray(String[]::new))
                .bind("issuedOn", letter.issuedOn())
                .bind("validTo", letter.validTo())
                .then();
    }

    // the first revocation stands: a referral is revoked once (it is final in referral-service)
    @Override
    public Mono<Void> referralRevoked(String referralId, String memberId, LocalDate revokedOn, String reason) {
        var insert = db.sql("""
                        insert into revoked_referral (referral_id, member_id, revoked_on, reason)
                        values (:referralId, :memberId, :revokedOn, :reason)
                        on conflict (referral_id) do nothing""")
                .bind("referralId", referralId)
                .bind("memberId", memberId)
                .bind("revokedOn", revokedOn);
        return Nullable.bind(insert, "reason", reason, String.class).then();
    }

    @Override
    public Flux<LetterOfMedicalNecessity> ofMember(String memberId) {
        return db.sql("""
                        select l.letter_id, l.referral_id, l.member_id, l.diagnosis_codes, l.issued_on, l.valid_to,
                               r.revoked_on, r.reason
                        from medical_necessity_letter l left join revoked_referral r on r.referral_id = l.referral_id
                        where l.member_id = :memberId order by l.issued_on, l.letter_id""")
                .bind("memberId", memberId)
                .map(row -> new LetterOfMedicalNecessity(row.get("letter_id", String.class),
                        row.get("referral_id", String.class), row.get("member_id", String.class),
                        List.of(row.get("diagnosis_codes", String[].class)), row.get("issued_on", LocalDate.class),
                        row.get("valid_to", LocalDate.class), row.get("revoked_on", LocalDate.class),
                        row.get("reason", String.class)))
                .all();
    }
}
