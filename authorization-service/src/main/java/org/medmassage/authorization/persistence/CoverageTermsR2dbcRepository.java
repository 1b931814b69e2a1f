package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.application.MemberCoverage;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Members' coverage terms, in PostgreSQL through R2DBC. */
@Repository
public class CoverageTermsR2dbcRepository implements MemberCoverage {

    private final DatabaseClient db;

    public CoverageTermsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> remember(CoverageTerms terms) {
        var insert = db.sql("""
                        insert into member_coverage_terms
                            (member_id, plan_id, effective_from, effective_to, pre_auth_required, referral_required,
                             covered_provider_types)
                        values (:memberId, :planId, :from, :to, :preAuth, :referral, :providerTypes)
                        on conflict (member_id, plan_id, effective_from) do update
                            set effective_to = excluded.effective_to, pre_auth_required = excluded.pre_auth_required,
                                referral_required = excluded.referral_required,
                                covered_provider_types = excluded.covered_provider_types""")
                .bind("memberId", terms.memberId())
                .bind("planId", terms.planId())
                .bind("from", terms.effectiveFrom())
                .bind("preAuth", terms.preAuthRequired())
                .bind("referral", terms.referralRequired());
        insert = terms.coveredProviderTypes() == null ? insert.bindNull("providerTypes", String[].class)
                : insert.bind("providerTypes", terms.coveredProviderTypes().toArray(String[]::new));
        return (terms.effectiveTo() == null ? insert.bindNull("to", LocalDate.class) : insert.bind("to", terms.effectiveTo()))
                .then();
    }

    @Override
    public Flux<CoverageTerms> findByMember(String memberId) {
        return db.sql("""
                        select member_id, plan_id, effective_from, effective_to, pre_auth_required, referral_required,
                               covered_provider_types
                        from member_coverage_terms where member_id = :memberId""")
                .bind("memberId", memberId)
                .map((row, meta) -> new CoverageTerms(row.get("member_id", String.class), row.get("plan_id", String.class),
                        row.get("effective_from", LocalDate.class), row.get("effective_to", LocalDate.class),
                        Boolean.TRUE.equals(row.get("pre_auth_required", Boolean.class)),
                        Boolean.TRUE.equals(row.get("referral_required", Boolean.class)),
                        providerTypes(row.get("covered_provider_types", String[].class))))
                .all();
    }

    private static List<String> providerTypes(String[] codes) {
        return codes == null ? null : List.of(codes);
    }
}
