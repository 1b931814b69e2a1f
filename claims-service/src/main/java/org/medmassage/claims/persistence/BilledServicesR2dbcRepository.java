package org.medmassage.claims.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.EarlierLine;
import org.medmassage.claims.payer.Payer;
import org.medmassage.claims.application.BilledServices;
import org.medmassage.claims.reason.CodingEditRejections;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The lines on file for the duplicate check, oldest claim first. A line denied at intake says so in
 * {@code deniedAsDuplicate}: an OA-18 duplicate, or a line a coding edit denied (CO-97, CO-236, CO-151; decision
 * 0054) — neither was ever the original, so a corrected line (59 on the column-2 code, units within the cap) sent
 * again on a new claim is not denied as its duplicate. Nor was a line the health plan denied as another payer's
 * (CO-19, CO-21; decision 0068): the same session billed to workers' comp, or to the plan again with the other
 * payer's denial, is the first claim that can be paid.
 */
@Repository
public class BilledServicesR2dbcRepository implements BilledServices {

    private static final String[] DENIED_AT_INTAKE = Stream.concat(Stream.of("18", "19", "21"),
            CodingEditRejections.CARCS.stream()).toArray(String[]::new);

    private final DatabaseClient db;

    public BilledServicesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<EarlierLine> onFile(String memberId, String renderingProviderNpi, LocalDate dateOfService) {
        return db.sql("""
                        select c.id, c.status, c.member_id, c.rendering_provider_npi, c.date_of_service, c.payer,
                               l.line_number, l.procedure_code, l.units,
                               coalesce(d.carc = any(:deniedAtIntake), false) as denied_as_duplicate
                        from claim c
                             join claim_line l on l.claim_id = c.id
                             left join claim_line_denial d on d.claim_id = l.claim_id and d.line_number = l.line_number
                        where c.member_id = :member and c.rendering_provider_npi = :npi and c.date_of_service = :dos
                        order by c.received_at, c.id, l.line_number""")
                .bind("member", memberId)
                .bind("npi", renderingProviderNpi)
                .bind("dos", dateOfService)
                .bind("deniedAtIntake", DENIED_AT_INTAKE)
                .map(row -> new EarlierLine(row.get("id", UUID.class),
                        ClaimStatus.valueOf(row.get("status", String.class)), row.get("line_number", Integer.class),
                        row.get("member_id", String.class), row.get("rendering_provider_npi", String.class),
                        row.get("date_of_service", LocalDate.class), row.get("procedure_code", String.class),
                        row.get("units", Integer.class), row.get("denied_as_duplicate", Boolean.class),
                        Payer.valueOf(row.get("payer", String.class))))
                .all();
    }
}
