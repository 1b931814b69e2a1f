package org.medmassage.benefits.persistence;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medmassage.benefits.accumulator.Bucket;
import org.medmassage.benefits.accumulator.Ledger;
import org.medmassage.benefits.accumulator.LedgerEntry;
import org.medmassage.benefits.accumulator.Posting;
import org.medmassage.benefits.accumulator.Reversal;
import org.medmassage.benefits.accumulator.VisitPassOn;
import org.medmassage.benefits.accumulator.VisitPosting;
import org.medmassage.benefits.accumulator.VisitRelease;
import org.medmassage.benefits.application.ClaimStanding;
import org.medmassage.benefits.application.Ledgers;
import org.medmassage.benefits.coverage.AccumulationWindow;
import org.medmassage.benefits.coverage.Coverage;
import org.medmassage.codesets.money.Money;
import org.medmassage.support.lock.MemberLock;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class LedgersR2dbcRepository implements Ledgers {

    private final DatabaseClient db;
    // the member, or the whole family: family members' claims come under different Kafka keys (CS-04)
    private final MemberLock accumulatorLock;

    LedgersR2dbcRepository(DatabaseClient db) {
        this.db = db;
        this.accumulatorLock = new MemberLock(db, "BEN");
    }

    @Override
    public Mono<Void> serialize(Coverage coverage) {
        return accumulatorLock.lock(coverage.accumulatorScope());
    }

    @Override
    public Mono<Ledger> load(Coverage coverage, AccumulationWindow window, String benefitGroup) {
        Mono<List<Posting>> postings = postings("member_id = :memberId", coverage, window);
        Mono<List<Posting>> relatives = coverage.isFamilyCoverage()
                ? postings("family_id = :familyId and member_id <> :memberId", coverage, window)
                : Mono.just(List.of());
        Mono<List<VisitPosting>> visits = db.sql("""
                        select claim_id, date_of_service from visit_posting
                        where member_id = :memberId and benefit_group = :group and reversed_at is null
                            and date_of_service between :start and :end
                        order by id""")
                .bind("memberId", coverage.memberId()).bind("group", benefitGroup)
                .bind("start", window.start()).bind("end", window.end())
                .map(row -> new VisitPosting(row.get("claim_id", String.class), row.get("date_of_service", LocalDate.class)))
                .all().collectList();
        return Mono.zip(postings, visits, relatives).map(rows -> new Ledger(rows.getT1(), rows.getT2(), rows.getT3()));
    }

    private Mono<List<Posting>> postings(String whose, Coverage coverage, AccumulationWindow window) {
        DatabaseClient.GenericExecuteSpec query = db.sql("select claim_id, date_of_service, bucket, amount from ledger_posting where "
                        + whose + " and reversed_at is null and date_of_service between :start and :end order by id")
                .bind("memberId", coverage.memberId()).bind("start", window.start()).bind("end", window.end());
        if (whose.contains(":familyId")) {
            query = query.bind("familyId", coverage.familyId());
        }
        return query.map(row -> new Posting(row.get("claim_id", String.class), row.get("date_of_service", LocalDate.class),
                        Bucket.valueOf(row.get("bucket", String.class)), row.get("amount", BigDecimal.class)))
                .all().collectList();
    }

    @Override
    public Mono<Void> append(Coverage coverage, String benefitGroup, VisitPosting claim, List<Posting> postings,
                             List<VisitPosting> visits) {
        Flux<Long> postingRows = Flux.fromIterable(postings).concatMap(posting -> db.sql("""
                        insert into ledger_posting (member_id, family_id, claim_id, date_of_service, bucket, amount)
                        values (:memberId, :familyId, :claimId, :dos, :bucket, :amount)""")
                .bind("memberId", coverage.memberId())
                .bind("familyId", Parameter.fromOrEmpty(coverage.familyId(), String.class))
                .bind("claimId", posting.claimId()).bind("dos", posting.dateOfService())
                .bind("bucket", posting.bucket().name()).bind("amount", posting.amount())
                .fetch().rowsUpdated());
        Flux<Long> visitRows = Flux.fromIterable(visits)
                .concatMap(visit -> insertVisit(coverage.memberId(), visit, benefitGroup));
        Mono<Long> claimVisit = db.sql("""
                        insert into claim_visit (member_id, date_of_service, claim_id, benefit_group)
                        values (:memberId, :dos, :claimId, :group)""")
                .bind("memberId", coverage.memberId()).bind("dos", claim.dateOfService())
                .bind("claimId", claim.claimId()).bind("group", benefitGroup)
                .fetch().rowsUpdated();
        return postingRows.thenMany(visitRows).then(claimVisit).then();
    }

    @Override
    public Mono<BigDecimal> pipPaid(String memberId, LocalDate accidentDate) {
        return db.sql("""
                        select coalesce(sum(amount), 0) as paid from pip_posting
                        where member_id = :memberId and accident_date = :accident and reversed_at is null""")
                .bind("memberId", memberId).bind("accident", accidentDate)
                .map(row -> row.get("paid", BigDecimal.class)).one();
    }

    @Override
    public Mono<Void> appendPip(String memberId, String claimId, LocalDate accidentDate, LocalDate dateOfService,
                                BigDecimal amount) {
        return db.sql("""
                        insert into pip_posting (member_id, claim_id, accident_date, date_of_service, amount)
                        values (:memberId, :claimId, :accident, :dos, :amount)""")
                .bind("memberId", memberId).bind("claimId", claimId).bind("accident", accidentDate)
                .bind("dos", dateOfService).bind("amount", amount)
                .fetch().rowsUpdated().then();
    }

    /** Money rows first, then the claim's visit and the counted visit it may pass on: one statement at a time. */
    @Override
    public Mono<Reversal> reverse(String claimId) {
        return reverseClaimVisit(claimId)
                .then(reversePip(claimId))
                .then(reverseMoney(claimId))
                .flatMap(money -> reverseCountedVisits(claimId).map(visits -> new Reversal(claimId,
                        money.dateOfService() != null ? money.dateOfService() : visits.dateOfService(),
                        money.deductible(), money.outOfPocket(), visits.visits())));
    }

    // CS-07 for a PIP claim: what it drew from the accident's limit is given back
    private Mono<Long> reversePip(String claimId) {
        return db.sql("update pip_posting set reversed_at = now() where claim_id = :claimId and reversed_at is null")
                .bind("claimId", claimId).fetch().rowsUpdated();
    }

    private Mono<Long> reverseClaimVisit(String claimId) {
        return db.sql("update claim_visit set reversed_at = now() where claim_id = :claimId and reversed_at is null")
                .bind("claimId", claimId).fetch().rowsUpdated();
    }

    private Mono<Reversal> reverseMoney(String claimId) {
        return db.sql("""
                        with reversed as (
                            update ledger_posting set reversed_at = now() where claim_id = :claimId and reversed_at is null
                            returning date_of_service, bucket, amount)
                        select min(date_of_service) as dos,
                            coalesce(sum(amount) filter (where bucket like 'DED%'), 0) as deductible,
                            coalesce(sum(amount) filter (where bucket like 'OOP%'), 0) as out_of_pocket
                        from reversed""")
                .bind("claimId", claimId)
                .map(row -> new Reversal(claimId, row.get("dos", LocalDate.class), row.get("deductible", BigDecimal.class),
                        row.get("out_of_pocket", BigDecimal.class), 0))
                .one();
    }

    /** The claim's counted visits given back, less those another standing claim of the same date takes over. */
    private Mono<Reversal> reverseCountedVisits(String claimId) {
        return db.sql("""
                        update visit_posting set reversed_at = now() where claim_id = :claimId and reversed_at is null
                        returning member_id, date_of_service, benefit_group""")
                .bind("claimId", claimId)
                .map(row -> new ReversedVisit(row.get("member_id", String.class),
                        row.get("benefit_group", String.class),
                        new VisitPosting(claimId, row.get("date_of_service", LocalDate.class))))
                .all()
                .collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(this::release)
                .collectList()
                .map(releases -> new Reversal(claimId,
                        releases.stream().map(VisitRelease::dateOfService).min(LocalDate::compareTo).orElse(null),
                        Money.ZERO, Money.ZERO, releases.stream().mapToInt(VisitRelease::visitsGivenBack).sum()));
    }

    /** CS-06 ({@link VisitPassOn}): a visit passed on is counted again, as the claim that takes it over. */
    private Mono<VisitRelease> release(ReversedVisit visit) {
        return standingClaims(visit).collectList()
                .map(standing -> VisitPassOn.release(visit.posting(), standing))
                .flatMap(release -> release instanceof VisitRelease.PassedOn passedOn
                        ? insertVisit(visit.memberId(), passedOn.counted(), visit.benefitGroup()).thenReturn(release)
                        : Mono.just(release));
    }

    /** The claims standing on the visit's date in its benefit group, in the order they were applied. */
    private Flux<VisitPosting> standingClaims(ReversedVisit visit) {
        return db.sql("""
                        select claim_id, date_of_service from claim_visit
                        where member_id = :memberId and date_of_service = :dos and benefit_group = :group
                            and reversed_at is null
                        order by id""")
                .bind("memberId", visit.memberId()).bind("dos", visit.posting().dateOfService())
                .bind("group", visit.benefitGroup())
                .map(row -> new VisitPosting(row.get("claim_id", String.class),
                        row.get("date_of_service", LocalDate.class)))
                .all();
    }

    // a plain insert: the unique index turns a second count of the same DOS into an error, never a silent skip
    private Mono<Long> insertVisit(String memberId, VisitPosting visit, String benefitGroup) {
        return db.sql("""
                        insert into visit_posting (member_id, date_of_service, claim_id, benefit_group)
                        values (:memberId, :dos, :claimId, :group)""")
                .bind("memberId", memberId).bind("dos", visit.dateOfService())
                .bind("claimId", visit.claimId()).bind("group", benefitGroup)
                .fetch().rowsUpdated();
    }

    /** A counted visit row a reversal deactivated: whose, in which benefit group, and the claim and date it counted. */
    private record ReversedVisit(String memberId, String benefitGroup, VisitPosting posting) {
    }

    @Override
    public Mono<ClaimStanding> standing(String claimId) {
        return db.sql("""
                        select exists (select 1 from voided_claim where claim_id = :claimId) as voided,
                            exists (select 1 from claim_visit where claim_id = :claimId and reversed_at is null)
                            or exists (select 1 from ledger_posting where claim_id = :claimId and reversed_at is null)
                            or exists (select 1 from visit_posting where claim_id = :claimId and reversed_at is null)
                            or exists (select 1 from pip_posting where claim_id = :claimId and reversed_at is null)
                            as posted""")
                .bind("claimId", claimId)
                .map(row -> new ClaimStanding(Boolean.TRUE.equals(row.get("voided", Boolean.class)),
                        Boolean.TRUE.equals(row.get("posted", Boolean.class))))
                .one();
    }

    @Override
    public Mono<Void> markVoided(String claimId, String memberId) {
        return db.sql("insert into voided_claim (claim_id, member_id) values (:claimId, :memberId) on conflict do nothing")
                .bind("claimId", claimId).bind("memberId", memberId)
                .fetch().rowsUpdated().then();
    }

    @Override
    public Flux<LedgerEntry> history(String memberId) {
        return db.sql("""
                        select claim_id, date_of_service, bucket, amount, family_id, posted_at, reversed_at, id, 0 as kind
                            from ledger_posting where member_id = :memberId
                        union all
                        select claim_id, date_of_service, benefit_group, null, null, posted_at, reversed_at, id, 1
                            from visit_posting where member_id = :memberId
                        order by posted_at, kind, id""")
                .bind("memberId", memberId)
                .map(LedgersR2dbcRepository::toEntry)
                .all();
    }

    private static LedgerEntry toEntry(Readable row) {
        return new LedgerEntry(row.get("claim_id", String.class), row.get("date_of_service", LocalDate.class),
                row.get("bucket", String.class), row.get("amount", BigDecimal.class), row.get("family_id", String.class),
                instant(row.get("posted_at", OffsetDateTime.class)), instant(row.get("reversed_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
