package org.medmassage.claims.persistence;

import java.math.BigDecimal;
import java.util.Map;
import org.medmassage.claims.application.Providers;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Providers, their contracted rates per unit and their credentials in PostgreSQL over R2DBC. */
@Repository
public class ProvidersR2dbcRepository implements Providers {

    private final DatabaseClient db;
    private final ProviderCredentialsR2dbc credentials;

    public ProvidersR2dbcRepository(DatabaseClient db) {
        this.db = db;
        this.credentials = new ProviderCredentialsR2dbc(db);
    }

    @Override
    public Mono<Provider> find(String npi) {
        return db.sql("select name, network_tier, tax_id from provider where npi = :npi").bind("npi", npi)
                .map(row -> new ProviderRow(row.get("name", String.class), row.get("network_tier", String.class),
                        row.get("tax_id", String.class)))
                .one()
                .flatMap(provider -> Mono.zip(rates(npi, RATES), credentials.find(npi), rates(npi, CASH_RATES))
                        .map(parts -> new Provider(npi, provider.name(), NetworkTier.valueOf(provider.tier()),
                                parts.getT1(), parts.getT2(), TaxId.parse(provider.taxId()).orElse(null),
                                parts.getT3())));
    }

    private record ProviderRow(String name, String tier, String taxId) {
    }

    private static final String RATES = "select procedure_code, rate_per_unit as rate from provider_rate where npi = :npi";
    private static final String CASH_RATES =
            "select procedure_code, cash_rate_per_unit as rate from provider_cash_rate where npi = :npi";

    private Mono<Map<String, BigDecimal>> rates(String npi, String sql) {
        return db.sql(sql)
                .bind("npi", npi)
                .map(row -> Map.entry(row.get("procedure_code", String.class),
                        Money.scaled(row.get("rate", BigDecimal.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public Mono<Void> save(Provider provider) {
        Mono<Void> upsert = db.sql("""
                        insert into provider (npi, name, network_tier, tax_id) values (:npi, :name, :tier, :taxId)
                        on conflict (npi) do update set name = excluded.name, network_tier = excluded.network_tier,
                                                        tax_id = excluded.tax_id, updated_at = now()""")
                .bind("npi", provider.npi())
                .bind("name", provider.name())
                .bind("tier", provider.networkTier().name())
                .bind("taxId", Parameter.fromOrEmpty(provider.taxId() == null ? null : provider.taxId().digits(),
                        String.class))
                .then();
        return upsert
                .then(replaceRates(provider.npi(), "provider_rate", "rate_per_unit", provider.ratesPerUnit()))
                .then(replaceRates(provider.npi(), "provider_cash_rate", "cash_rate_per_unit",
                        provider.cashRatesPerUnit()))
                .then(credentials.replace(provider.npi(), provider.credentials()));
    }

    // table and column are this class's constants, never input
    private Mono<Void> replaceRates(String npi, String table, String column, Map<String, BigDecimal> rates) {
        Mono<Void> clear = db.sql("delete from " + table + " where npi = :npi").bind("npi", npi).then();
        return clear.thenMany(Flux.fromIterable(rates.entrySet())
                .concatMap(rate -> db.sql("insert into " + table + " (npi, procedure_code, " + column + ")"
                                + " values (:npi, :code, :rate)")
                        .bind("npi", npi)
                        .bind("code", rate.getKey())
                        .bind("rate", rate.getValue())
                        .then()))
                .then();
    }
}
