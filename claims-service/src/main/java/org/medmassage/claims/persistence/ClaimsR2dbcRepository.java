package org.medmassage.claims.persistence;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medmassage.claims.adjudication.Claim;
import org.medmassage.claims.adjudication.ClaimAdjustment;
import org.medmassage.claims.adjudication.ClaimLine;
import org.medmassage.claims.adjudication.ClaimStatus;
import org.medmassage.claims.adjudication.Pend;
import org.medmassage.claims.adjudication.RemittanceLine;
import org.medmassage.claims.adjudication.UncoveredLine;
import org.medmassage.claims.adjudication.Voiding;
import org.medmassage.claims.application.Claims;
import org.medmassage.claims.payer.ClaimPayer;
import org.medmassage.claims.payer.PriorPayerDenial;
import org.medmassage.claims.payer.WorkersCompensation;
import org.medmassage.codesets.remittance.CodedRejection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Claims in PostgreSQL over R2DBC: a claim row, its lines (with remittance columns once decided) and their CAS rows. */
@Repository
public class ClaimsR2dbcRepository implements Claims {

    private final DatabaseClient db;

    public ClaimsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Claim> find(UUID claimId) {
        Mono<ClaimRows.Header> header = db.sql("select * from claim where id = :id").bind("id", claimId)
                .map(ClaimRows::header).one();
        Mono<List<ClaimRows.Line>> lines = db.sql("""
                        select l.*, d.group_code as denial_group, d.carc as denial_carc, d.rarc as denial_rarc,
                               d.reason as denial_reason
                        from claim_line l left join claim_line_denial d
                             on d.claim_id = l.claim_id and d.line_number = l.line_number
                        where l.claim_id = :id order by l.line_number""")
                .bind("id", claimId).map(ClaimRows::line).all().collectList();
        Mono<Map<Integer, List<ClaimAdjustment>>> adjustments = db.sql(
                        "select * from line_adjustment where claim_id = :id order by line_number, sequence")
                .bind("id", claimId).map(ClaimRows::adjustment).all()
                .collectMultimap(ClaimRows.Adjustment::lineNumber, ClaimRows.Adjustment::adjustment)
                .map(ClaimRows::asLists);
        return header.flatMap(found -> Mono.zip(lines, adjustments)
                .map(parts -> ClaimRows.claim(found, parts.getT1(), parts.getT2())));
    }

    @Override
    public Flux<UUID> idsOfMember(String memberId, int limit) {
        return db.sql("""
                        select id from claim where member_id = :member
                        order by date_of_service desc, received_at desc limit :limit""")
                .bind("member", memberId).bind("limit", limit)
                .map(row -> row.get("id", UUID.class)).all();
    }

    @Override
    public Mono<Void> add(Claim claim) {
        var header = claim.header();
        var insert = db.sql("""
                        insert into claim (id, member_id, authorization_number, rendering_provider_npi, network_tier,
                                           date_of_service, place_of_service, diagnosis_codes, status,
                                           billing_provider_npi, patient_control_number, referral_number,
                                           replaces_claim_id, rendering_provider_taxonomy, timed_unit_method,
                                           payer, related_causes, accident_state, date_of_injury, wc_carrier_name,
                                           wc_claim_number, wc_employer_name, prior_payer_denial_carc,
                                           prior_payer_paid)
                        values (:id, :member, :authorization, :npi, :tier, :dos, :pos, :diagnoses, :status,
                                :billingNpi, :patientControl, :referral, :replaces, :taxonomy, :unitMethod,
                                :payer, :relatedCauses, :accidentState, :dateOfInjury, :wcCarrier, :wcClaimNumber,
                                :wcEmployer, :priorCarc, :priorPaid)""")
                .bind("id", claim.id())
                .bind("member", header.memberId())
                .bind("npi", header.renderingProviderNpi())
                .bind("tier", header.networkTier().name())
                .bind("dos", header.dateOfService())
                .bind("pos", header.placeOfService())
                .bind("diagnoses", header.diagnosisCodes().toArray(String[]::new))
                .bind("status", claim.status().name())
                .bind("billingNpi", header.billingProviderNpi());
        insert = Nullable.bind(insert, "authorization", header.authorizationNumber(), String.class);
        insert = Nullable.bind(insert, "patientControl", header.patientControlNumber(), String.class);
        insert = Nullable.bind(insert, "referral", header.referralNumber(), String.class);
        insert = Nullable.bind(insert, "replaces", header.replacesClaimId(), UUID.class);
        insert = Nullable.bind(insert, "taxonomy", header.renderingProviderTaxonomy(), String.class);
        insert = Nullable.bind(insert, "unitMethod",
                header.timedUnitMethod() == null ? null : header.timedUnitMethod().name(), String.class);
        insert = bindPayer(insert, header.payer());
        Mono<Void> insertClaim = insert.then();
        return insertClaim.thenMany(Flux.fromIterable(claim.lines()).concatMap(line -> insertLine(claim.id(), line)))
                .then();
    }

    private static DatabaseClient.GenericExecuteSpec bindPayer(DatabaseClient.GenericExecuteSpec insert,
            ClaimPayer payer) {
        WorkersCompensation wc = payer.workersCompensationClaim().orElse(new WorkersCompensation(null, null, null));
        insert = insert.bind("payer", payer.payer().name())
                .bind("relatedCauses", payer.relatedCauses().stream().map(Enum::name).toArray(String[]::new));
        insert = Nullable.bind(insert, "accidentState", payer.accidentState(), String.class);
        insert = Nullable.bind(insert, "dateOfInjury", payer.dateOfInjury(), LocalDate.class);
        insert = Nullable.bind(insert, "wcCarrier", wc.carrierName(), String.class);
        insert = Nullable.bind(insert, "wcClaimNumber", wc.claimNumber(), String.class);
        insert = Nullable.bind(insert, "wcEmployer", wc.employerName(), String.class);
        insert = Nullable.bind(insert, "priorPaid",
                payer.priorDenial().map(PriorPayerDenial::paid).orElse(null), BigDecimal.class);
        return Nullable.bind(insert, "priorCarc",
                payer.priorDenial().map(PriorPayerDenial::carc).orElse(null), String.class);
    }

    private Mono<Void> insertLine(UUID claimId, ClaimLine line) {
        return db.sql("""
                        insert into claim_line (claim_id, line_number, procedure_code, modifiers, units, charge,
                                                priced_allowed, diagnosis_pointers)
                        values (:claim, :line, :code, :modifiers, :units, :charge, :allowed, :pointers)""")
                .bind("claim", claimId)
                .bind("line", line.lineNumber())
                .bind("code", line.procedureCode())
                .bind("modifiers", line.modifiers().toArray(String[]::new))
                .bind("units", line.units())
                .bind("charge", line.charge())
                .bind("allowed", line.allowed())
                .bind("pointers", line.diagnosisPointers().toArray(Integer[]::new))
                .then();
    }

    @Override
    public Mono<Void> recordTransition(ClaimStatus from, Claim next) {
        String denialReason = next.remittance().flatMap(r -> r.denialReason()).orElse(null);
        Pend pend = next.pend().orElse(null);
        var update = db.sql("""
                        update claim set status = :to, denial_reason = :reason,
                                         decided_at = case when :terminal then now() else decided_at end,
                                         step_entered_at = now(),
                                         pended_step = :pendedStep, pend_reason = :pendReason, pended_at = :pendedAt
                        where id = :id and status = :from""")
                .bind("to", next.status().name())
                .bind("terminal", next.status().isTerminal())
                .bind("id", next.id())
                .bind("from", from.name());
        update = Nullable.bind(update, "reason", denialReason, String.class);
        update = Nullable.bind(update, "pendedStep", pend == null ? null : pend.step().name(), String.class);
        update = Nullable.bind(update, "pendReason", pend == null ? null : pend.reason(), String.class);
        update = Nullable.bind(update, "pendedAt", pend == null ? null : pend.since(), Instant.class);
        Mono<Long> updated = update.fetch().rowsUpdated();
        Flux<Void> deniedEarly = Flux.fromIterable(next.deniedBeforeCostShare())
                .concatMap(line -> insertDenial(next.id(), line));
        Flux<Void> remitted = Flux.fromIterable(next.remittance().map(r -> r.lines()).orElse(List.of()))
                .concatMap(line -> remitLine(next.id(), line));
        return updated.flatMap(count -> count == 1 ? Mono.empty()
                        : Mono.error(new IllegalStateException("claim " + next.id() + " is no longer " + from)))
                .thenMany(deniedEarly).thenMany(remitted).then();
    }

    // written when they are decided (saga step 3) and carried unchanged by later transitions, hence "do nothing"
    private Mono<Void> insertDenial(UUID claimId, UncoveredLine line) {
        CodedRejection rejection = line.rejection();
        return Nullable.bind(db.sql("""
                        insert into claim_line_denial (claim_id, line_number, group_code, carc, rarc, reason)
                        values (:claim, :line, :group, :carc, :rarc, :reason)
                        on conflict (claim_id, line_number) do nothing""")
                        .bind("claim", claimId)
                        .bind("line", line.lineNumber())
                        .bind("group", rejection.group().name())
                        .bind("carc", rejection.carc())
                        .bind("reason", rejection.reason()), "rarc", rejection.rarc(), String.class)
                .then();
    }

    @Override
    public Mono<Boolean> recordVoid(ClaimStatus from, Claim voided) {
        Voiding voiding = voided.voiding().orElseThrow(
                () -> new IllegalArgumentException("claim " + voided.id() + " is not voided"));
        // the remittance rows stay as they are: a void keeps the record of what was decided
        var update = db.sql("""
                        update claim set status = :to, void_reason = :reason, voided_at = :voidedAt,
                                         replaced_by_claim_id = :replacedBy
                        where id = :id and status = :from""")
                .bind("to", voided.status().name())
                .bind("reason", voiding.reason())
                .bind("voidedAt", voiding.voidedAt())
                .bind("id", voided.id())
                .bind("from", from.name());
        return Nullable.bind(update, "replacedBy", voiding.replacedByClaimId(), UUID.class)
                .fetch().rowsUpdated()
                .map(count -> count == 1);
    }

    private Mono<Void> remitLine(UUID claimId, RemittanceLine line) {
        Mono<Void> update = db.sql("""
                        update claim_line set allowed = :allowed, deductible = :deductible, copay = :copay,
                               coinsurance = :coinsurance, plan_paid = :planPaid, patient_responsibility = :patient,
                               remark_codes = :remarks, denied = :denied
                        where claim_id = :claim and line_number = :line""")
                .bind("allowed", line.allowed())
                .bind("deductible", line.deductible())
                .bind("copay", line.copay())
                .bind("coinsurance", line.coinsurance())
                .bind("planPaid", line.planPaid())
                .bind("patient", line.patientResponsibility())
                .bind("remarks", line.remarkCodes().toArray(String[]::new))
                .bind("denied", line.denied())
                .bind("claim", claimId)
                .bind("line", line.lineNumber())
                .then();
        Flux<Void> adjustments = Flux.range(0, line.adjustments().size())
                .concatMap(i -> insertAdjustment(claimId, line.lineNumber(), i + 1, line.adjustments().get(i)));
        return update.thenMany(adjustments).then();
    }

    private Mono<Void> insertAdjustment(UUID claimId, int lineNumber, int sequence, ClaimAdjustment adjustment) {
        return db.sql("""
                        insert into line_adjustment (claim_id, line_number, sequence, group_code, carc, amount)
                        values (:claim, :line, :sequence, :group, :carc, :amount)""")
                .bind("claim", claimId)
                .bind("line", lineNumber)
                .bind("sequence", sequence)
                .bind("group", adjustment.group().name())
                .bind("carc", adjustment.carc())
                .bind("amount", adjustment.amount())
                .then();
    }
}
