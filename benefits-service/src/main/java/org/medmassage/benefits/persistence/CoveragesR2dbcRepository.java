package org.medmassage.benefits.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.medmassage.benefits.application.Coverages;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.benefits.coverage.PayerType;
import org.medmassage.benefits.coverage.Relationship;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Coverage periods, one row per member and effective_from; the caller runs save in a unit of work. */
@Repository
class CoveragesR2dbcRepository implements Coverages {

    private static final String COLUMNS = "member_id, plan_id, effective_from, effective_to, family_id, relationship,"
            + " carry_over_accumulators, payer_type, cob_order, accident_limit";
    /** The periods a health-plan claim is judged against: the primary health plan's (decision 0069). */
    private static final String PRIMARY_HEALTH_PLAN = " and payer_kind = 'HEALTH' and cob_order = 1";
    private static final String SAME_KIND_AND_ORDER = " and payer_kind = :kind and cob_order = :order";

    private final DatabaseClient db;

    CoveragesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Coverage> save(Coverage coverage) {
        Mono<Long> replaced = db.sql("""
                        delete from coverage where member_id = :memberId and effective_from >= :from
                            and (cast(:to as date) is null or effective_from <= :to)""" + SAME_KIND_AND_ORDER)
                .bind("memberId", coverage.memberId()).bind("from", coverage.effectiveFrom())
                .bind("kind", coverage.payerType().kind()).bind("order", coverage.cobOrder())
                .bind("to", Parameter.fromOrEmpty(coverage.effectiveTo(), LocalDate.class))
                .fetch().rowsUpdated();
        Mono<Long> endedBefore = db.sql("""
                        update coverage set effective_to = :dayBefore, updated_at = now()
                        where member_id = :memberId and effective_from < :from
                            and (effective_to is null or effective_to >= :from)""" + SAME_KIND_AND_ORDER)
                .bind("memberId", coverage.memberId()).bind("from", coverage.effectiveFrom())
                .bind("kind", coverage.payerType().kind()).bind("order", coverage.cobOrder())
                .bind("dayBefore", coverage.effectiveFrom().minusDays(1))
                .fetch().rowsUpdated();
        Mono<Long> inserted = db.sql("insert into coverage (" + COLUMNS + ")"
                        + " values (:memberId, :planId, :from, :to, :familyId, :relationship, :carryOver, :payerType,"
                        + " :order, :accidentLimit)")
                .bind("memberId", coverage.memberId())
                .bind("planId", coverage.planId())
                .bind("from", coverage.effectiveFrom())
                .bind("to", Parameter.fromOrEmpty(coverage.effectiveTo(), LocalDate.class))
                .bind("familyId", Parameter.fromOrEmpty(coverage.familyId(), String.class))
                .bind("relationship", coverage.relationship().name())
                .bind("carryOver", coverage.carryOverAccumulators())
                .bind("payerType", coverage.payerType().name())
                .bind("order", coverage.cobOrder())
                .bind("accidentLimit", Parameter.fromOrEmpty(coverage.accidentLimit(), BigDecimal.class))
                .fetch().rowsUpdated();
        return replaced.then(endedBefore).then(inserted).thenReturn(coverage);
    }

    @Override
    public Mono<Coverage> findByMember(String memberId) {
        return db.sql("select " + COLUMNS + " from coverage where member_id = :memberId" + PRIMARY_HEALTH_PLAN
                        + " order by effective_from desc limit 1")
                .bind("memberId", memberId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .one();
    }

    @Override
    public Mono<Coverage> findForDate(String memberId, LocalDate date) {
        return db.sql("select " + COLUMNS + " from coverage where member_id = :memberId" + PRIMARY_HEALTH_PLAN
                        + " order by (effective_from <= :date) desc,"
                        + " case when effective_from <= :date then effective_from end desc nulls last,"
                        + " effective_from asc limit 1")
                .bind("memberId", memberId).bind("date", date)
                .map(CoveragesR2dbcRepository::toCoverage)
                .one();
    }

    @Override
    public Mono<Coverage> findForDate(String memberId, PayerType injuryPayer, LocalDate date) {
        return db.sql("select " + COLUMNS + " from coverage where member_id = :memberId and payer_kind = :kind"
                        + " and cob_order = 1 and effective_from <= :date"
                        + " and (effective_to is null or effective_to >= :date) limit 1")
                .bind("memberId", memberId).bind("kind", injuryPayer.kind()).bind("date", date)
                .map(CoveragesR2dbcRepository::toCoverage)
                .one();
    }

    @Override
    public Flux<Coverage> findAllByMember(String memberId) {
        return db.sql("select " + COLUMNS + " from coverage where member_id = :memberId"
                        + " order by effective_from, payer_kind, cob_order")
                .bind("memberId", memberId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .all();
    }

    @Override
    public Flux<Coverage> findAllByFamilyOrMember(String familyId, String memberId) {
        return db.sql("select " + COLUMNS + " from coverage where family_id = :familyId or member_id = :memberId"
                        + " order by member_id, effective_from")
                .bind("familyId", familyId).bind("memberId", memberId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .all();
    }

    @Override
    public Flux<Coverage> findByPlan(String planId) {
        return db.sql("select " + COLUMNS + " from coverage where plan_id = :planId order by member_id, effective_from")
                .bind("planId", planId)
                .map(CoveragesR2dbcRepository::toCoverage)
                .all();
    }

    private static Coverage toCoverage(Readable row) {
        return new Coverage(row.get("member_id", String.class), row.get("plan_id", String.class),
                row.get("effective_from", LocalDate.class), row.get("effective_to", LocalDate.class),
                row.get("family_id", String.class), Relationship.valueOf(row.get("relationship", String.class)),
                Boolean.TRUE.equals(row.get("carry_over_accumulators", Boolean.class)),
                PayerType.valueOf(row.get("payer_type", String.class)), ((Number) row.get("cob_order")).intValue(),
                row.get("accident_limit", BigDecimal.class));
    }
}
