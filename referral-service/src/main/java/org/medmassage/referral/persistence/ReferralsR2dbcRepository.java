package org.medmassage.referral.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.medmassage.codesets.IcdCode;
import org.medmassage.referral.application.Referrals;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.referral.prescription.ValidityWindow;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Referrals in PostgreSQL over R2DBC; writes join the caller's unit of work. */
@Repository
class ReferralsR2dbcRepository implements Referrals {

    private static final String COLUMNS = """
            referral_id, member_id, prescriber_npi, prescriber_name, prescriber_type, diagnosis_codes, procedure_codes,
            sessions, duration_weeks, issued_on, valid_from, valid_to, status""";

    private final DatabaseClient db;

    ReferralsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(Referral referral) {
        return db.sql("insert into referral (" + COLUMNS + """
                        ) values (:id, :member, :npi, :name, :type, :diagnoses, :procedures, :sessions, :weeks,
                                  :issuedOn, :validFrom, :validTo, :status)""")
                .bind("id", referral.id().value())
                .bind("member", referral.memberId())
                .bind("npi", referral.prescriber().npi())
                .bind("name", referral.prescriber().name())
                .bind("type", referral.prescriber().type())
                .bind("diagnoses", referral.diagnosisCodes().stream().map(code -> IcdCode.of(code).value())
                        .toArray(String[]::new))
                .bind("procedures", referral.procedureCodes().toArray(String[]::new))
                .bind("sessions", referral.sessions())
                .bind("weeks", referral.durationWeeks())
                .bind("issuedOn", referral.issuedOn())
                .bind("validFrom", referral.window().validFrom())
                .bind("validTo", referral.window().validTo())
                .bind("status", referral.status().name())
                .then();
    }

    @Override
    public Mono<Referral> find(ReferralId id) {
        return db.sql("select " + COLUMNS + " from referral where referral_id = :id")
                .bind("id", id.value())
                .map(ReferralsR2dbcRepository::toReferral)
                .one();
    }

    @Override
    public Flux<Referral> ofMember(String memberId) {
        return db.sql("select " + COLUMNS + " from referral where member_id = :member"
                        + " order by issued_on, recorded_at, referral_id")
                .bind("member", memberId)
                .map(ReferralsR2dbcRepository::toReferral)
                .all();
    }

    private static Referral toReferral(Readable row) {
        return new Referral(
                new ReferralId(row.get("referral_id", String.class)),
                row.get("member_id", String.class),
                new Prescriber(row.get("prescriber_npi", String.class), row.get("prescriber_name", String.class),
                        row.get("prescriber_type", String.class)),
                Arrays.stream(row.get("diagnosis_codes", String[].class)).map(code -> IcdCode.of(code).dotted()).toList(),
                List.of(row.get("procedure_codes", String[].class)),
                row.get("sessions", Integer.class),
                row.get("duration_weeks", Integer.class),
                row.get("issued_on", LocalDate.class),
                new ValidityWindow(row.get("valid_from", LocalDate.class), row.get("valid_to", LocalDate.class)),
                ReferralStatus.valueOf(row.get("status", String.class)));
    }
}
