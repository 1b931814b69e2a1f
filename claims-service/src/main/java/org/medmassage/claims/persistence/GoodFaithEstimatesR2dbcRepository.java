package org.medmassage.claims.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.claims.application.GoodFaithEstimates;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.estimate.DueRule;
import org.medmassage.claims.estimate.EstimateDeadline;
import org.medmassage.claims.estimate.EstimateProvider;
import org.medmassage.claims.estimate.EstimatedService;
import org.medmassage.claims.estimate.GoodFaithEstimate;
import org.medmassage.claims.estimate.PlannedService;
import org.medmassage.claims.estimate.Trigger;
import org.medmassage.claims.receipt.Patient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Good Faith Estimates in PostgreSQL over R2DBC: a row with the patient and provider as issued, and its items. */
@Repository
public class GoodFaithEstimatesR2dbcRepository implements GoodFaithEstimates {

    private final DatabaseClient db;

    public GoodFaithEstimatesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> add(GoodFaithEstimate estimate) {
        PracticeAddress address = estimate.provider().practiceAddress();
        Mono<Void> header = db.sql("""
                        insert into good_faith_estimate (id, member_id, patient_first_name, patient_last_name,
                            patient_date_of_birth, provider_npi, provider_name, provider_tax_id, practice_line1,
                            practice_city, practice_state, practice_postal_code, diagnosis_codes, scheduled_dates,
                            trigger_kind, trigger_on, due_rule, due_by, issued_on)
                        values (:id, :member, :firstName, :lastName, :dateOfBirth, :npi, :providerName, :taxId,
                            :line1, :city, :state, :postalCode, :diagnoses, :dates, :triggerKind, :triggerOn,
                            :dueRule, :dueBy, :issuedOn)""")
                .bind("id", estimate.id())
                .bind("member", estimate.memberId())
                .bind("firstName", estimate.patient().firstName())
                .bind("lastName", estimate.patient().lastName())
                .bind("dateOfBirth", estimate.patient().dateOfBirth())
                .bind("npi", estimate.provider().npi())
                .bind("providerName", estimate.provider().name())
                .bind("taxId", estimate.provider().taxId().replace("-", ""))
                .bind("line1", address.line1())
                .bind("city", address.city())
                .bind("state", address.state())
                .bind("postalCode", address.postalCode())
                .bind("diagnoses", estimate.diagnosisCodes().toArray(String[]::new))
                .bind("dates", estimate.scheduledDates().toArray(LocalDate[]::new))
                .bind("triggerKind", estimate.trigger().kind().name())
                .bind("triggerOn", estimate.trigger().on())
                .bind("dueRule", estimate.deadline().rule().name())
                .bind("dueBy", estimate.deadline().dueBy())
                .bind("issuedOn", estimate.issuedOn())
                .then();
        return header.thenMany(Flux.fromIterable(estimate.services()).concatMap(item -> addItem(estimate.id(), item)))
                .then();
    }

    private Mono<Void> addItem(UUID estimateId, EstimatedService item) {
        var insert = db.sql("""
                        insert into good_faith_estimate_item (estimate_id, item_number, procedure_code,
                            units_per_session, sessions, cash_rate_per_unit, expected_charge, usual_charge_per_unit)
                        values (:estimate, :item, :code, :units, :sessions, :cashRate, :expected, :usual)""")
                .bind("estimate", estimateId)
                .bind("item", item.itemNumber())
                .bind("code", item.procedureCode())
                .bind("units", item.unitsPerSession())
                .bind("sessions", item.sessions())
                .bind("cashRate", item.cashRatePerUnit())
                .bind("expected", item.expectedCharge());
        return Nullable.bind(insert, "usual", item.usualChargePerUnit(), BigDecimal.class).then();
    }

    @Override
    public Mono<GoodFaithEstimate> find(UUID estimateId) {
        return db.sql("select * from good_faith_estimate where id = :id").bind("id", estimateId)
                .map(GoodFaithEstimatesR2dbcRepository::header).one()
                .flatMap(this::withItems);
    }

    @Override
    public Flux<GoodFaithEstimate> ofMember(String memberId) {
        return db.sql("""
                        select * from good_faith_estimate where member_id = :member
                        order by issued_on desc, created_at desc, id""")
                .bind("member", memberId)
                .map(GoodFaithEstimatesR2dbcRepository::header).all()
                // read the rows to the end first: no item is read while this result still holds a connection
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::withItems);
    }

    private Mono<GoodFaithEstimate> withItems(Header header) {
        return db.sql("select * from good_faith_estimate_item where estimate_id = :id order by item_number")
                .bind("id", header.id())
                .map(GoodFaithEstimatesR2dbcRepository::item).all().collectList()
                .map(header::estimate);
    }

    private static EstimatedService item(Readable row) {
        PlannedService planned = new PlannedService(row.get("procedure_code", String.class),
                row.get("units_per_session", Integer.class), row.get("sessions", Integer.class),
                row.get("usual_charge_per_unit", BigDecimal.class));
        // priced again from the stored rate: rate × units × sessions gives the stored expected_charge back
        return EstimatedService.priced(row.get("item_number", Integer.class), planned,
                row.get("cash_rate_per_unit", BigDecimal.class));
    }

    private record Header(UUID id, String memberId, Patient patient, EstimateProvider provider,
            List<String> diagnosisCodes, List<LocalDate> scheduledDates, Trigger trigger, EstimateDeadline deadline,
            LocalDate issuedOn) {

        GoodFaithEstimate estimate(List<EstimatedService> items) {
            return new GoodFaithEstimate(id, memberId, patient, provider, diagnosisCodes, items, scheduledDates,
                    trigger, deadline, issuedOn);
        }
    }

    private static Header header(Readable row) {
        String memberId = row.get("member_id", String.class);
        return new Header(row.get("id", UUID.class), memberId,
                new Patient(memberId, row.get("patient_first_name", String.class),
                        row.get("patient_last_name", String.class), row.get("patient_date_of_birth", LocalDate.class)),
                new EstimateProvider(row.get("provider_name", String.class), row.get("provider_npi", String.class),
                        new TaxId(row.get("provider_tax_id", String.class)).formatted(),
                        new PracticeAddress(row.get("practice_line1", String.class),
                                row.get("practice_city", String.class), row.get("practice_state", String.class),
                                row.get("practice_postal_code", String.class))),
                List.of(row.get("diagnosis_codes", String[].class)),
                List.of(row.get("scheduled_dates", LocalDate[].class)),
                new Trigger(Trigger.Kind.valueOf(row.get("trigger_kind", String.class)),
                        row.get("trigger_on", LocalDate.class)),
                new EstimateDeadline(DueRule.valueOf(row.get("due_rule", String.class)),
                        row.get("due_by", LocalDate.class)),
                row.get("issued_on", LocalDate.class));
    }
}
