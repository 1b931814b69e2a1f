package org.medmassage.claims.persistence;

import java.math.BigDecimal;
import java.util.Map;
import org.medmassage.claims.application.FeeSchedules;
import org.medmassage.claims.pricing.OutOfNetworkFeeSchedule;
import org.medmassage.codesets.money.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The out-of-network fee schedule in PostgreSQL over R2DBC, one row per procedure code. */
@Repository
public class FeeSchedulesR2dbcRepository implements FeeSchedules {

    private final DatabaseClient db;

    public FeeSchedulesR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<OutOfNetworkFeeSchedule> outOfNetwork() {
        return db.sql("select procedure_code, max_allowable_per_unit from out_of_network_fee")
                .map(row -> Map.entry(row.get("procedure_code", String.class),
                        Money.scaled(row.get("max_allowable_per_unit", BigDecimal.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(OutOfNetworkFeeSchedule::new);
    }

    @Override
    public Mono<Void> replaceOutOfNetwork(OutOfNetworkFeeSchedule schedule) {
        Flux<Void> rows = Flux.fromIterable(schedule.maxAllowablePerUnit().entrySet())
                .concatMap(fee -> db.sql("""
                                insert into out_of_network_fee (procedure_code, max_allowable_per_unit)
                                values (:code, :fee)""")
                        .bind("code", fee.getKey())
                        .bind("fee", fee.getValue())
                        .then());
        return db.sql("delete from out_of_network_fee").then().thenMany(rows).then();
    }
}
