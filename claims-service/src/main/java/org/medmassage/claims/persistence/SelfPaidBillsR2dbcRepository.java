package org.medmassage.claims.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.medmassage.claims.application.SelfPaidBills;
import org.medmassage.claims.estimate.BilledVisit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Self-paid sessions from the claim tables: a SELF_PAY claim decided PAID or PARTIALLY_PAID (a voided one is no bill),
 * what the patient owes = Σ its lines' patient responsibility, billed on the UTC day it was decided (at intake).
 */
@Repository
public class SelfPaidBillsR2dbcRepository implements SelfPaidBills {

    private final DatabaseClient db;

    public SelfPaidBillsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<BilledVisit> of(String memberId, String renderingProviderNpi) {
        return db.sql("""
                        select c.id, c.date_of_service, c.decided_at,
                               coalesce(sum(l.patient_responsibility), 0) as patient_owes
                        from claim c join claim_line l on l.claim_id = c.id
                        where c.member_id = :member and c.rendering_provider_npi = :npi and c.payer = 'SELF_PAY'
                          and c.status in ('PAID', 'PARTIALLY_PAID') and c.decided_at is not null
                        group by c.id, c.date_of_service, c.decided_at
                        order by c.date_of_service, c.id""")
                .bind("member", memberId)
                .bind("npi", renderingProviderNpi)
                .map(row -> new BilledVisit(row.get("id", UUID.class).toString(),
                        row.get("date_of_service", LocalDate.class),
                        LocalDate.ofInstant(row.get("decided_at", Instant.class), ZoneOffset.UTC),
                        row.get("patient_owes", BigDecimal.class)))
                .all();
    }
}
