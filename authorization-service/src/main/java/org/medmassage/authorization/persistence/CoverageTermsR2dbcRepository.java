package org.medmassage.authorization.persistence;

import java.time.LocalDate;
import java.util.List;
import org.medmassage.authorization.application.MemberCoverage;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.authorization.coverage.PayerType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
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
        GenericExecuteSpec insert = db.sql("""
                        insert into member_coverage_terms
                            (member_id, plan_id, effective_from, effective_to, pre_auth_required, referral_required,
                             covered_provider_types, visit_limit, covered_procedure_codes, payer_type)
                        values (:memberId, :planId, :from, :to, :preAuth, :referral, :providerTypes, :visitLimit,
                                :procedureCodes, :payerType)
                        on conflict (member_id, plan_id, effective_from) do update
                            set effective_to = excluded.effective_to, pre_auth_required = excluded.pre_auth_required,
                                referral_required = excluded.referral_required,
                                covered_provider_types = excluded.covered_provider_types,
                                visit_limit = excluded.visit_limit,
                                covered_procedure_codes = excluded.covered_procedure_codes,
                                payer_type = excluded.payer_type""")
                .bind("memberId", terms.memberId())
                .bind("planId", terms.planId())
                .bind("from", terms.effectiveFrom())
                .bind("preAuth", terms.preAuthRequired())
                .bind("referral", terms.referralRequired());
        insert = codes(insert, "providerTypes", terms.coveredProviderTypes());
        insert = codes(insert, "procedureCodes", terms.coveredProcedureCodes());
        insert = terms.payerType() == null ? insert.bindNull("payerType", String.class)
                : insert.bind("payerType", terms.payerType().name());
        insert = terms.visitLimit() == null ? insert.bindNull("visitLimit", Integer.class)
                : insert.bind("visitLimit", terms.visitLimit());
        return (terms.effectiveTo() == null ? insert.bindNull("to", LocalDate.class) : insert.bind("to", terms.effectiveTo()))
                .then();
    }

    @Override
    public Flux<CoverageTerms> findByMember(String memberId) {
        return db.sql("""
                        select member_id, plan_id, effective_from, effective_to, pre_auth_required, referral_required,
                               covered_provider_types, visit_limit, covered_procedure_codes, payer_type
                        from member_coverage_terms where member_id = :memberId""")
                .bind("memberId", memberId)
                .map((row, meta) -> new CoverageTerms(row.get("member_id", String.class), row.get("plan_id", String.class),
                        row.get("effective_from", LocalDate.class), row.get("effective_to", LocalDate.class),
                        Boolean.TRUE.equals(row.get("pre_auth_required", Boolean.class)),
                        Boolean.TRUE.equals(row.get("referral_required", Boolean.class)),
                        codes(row.get("covered_provider_types", String[].class)), row.get("visit_limit", Integer.class),
                        codes(row.get("covered_procedure_codes", String[].class)),
                        payerType(row.get("payer_type", String.class))))
                .all();
    }

    private static PayerType payerType(String name) {
        return name == null ? null : PayerType.valueOf(name);
    }

    private static List<String> codes(String[] codes) {
        return codes == null ? null : List.of(codes);
    }

    private static GenericExecuteSpec codes(GenericExecuteSpec spec, String name, List<String> codes) {
        return codes == null ? spec.bindNull(name, String[].class) : spec.bind(name, codes.toArray(String[]::new));
    }
}
