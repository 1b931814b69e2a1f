package org.medmassage.claims.persistence;

import java.math.BigDecimal;
import java.util.Map;
import org.medmassage.claims.application.Providers;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.money.Money;
import org.medmassage.events.NetworkTier;
import org.springframework.r2dbc.core.DatabaseClient;
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
        Mono<Map<String, BigDecimal>> rates = db.sql("select procedure_code, rate_per_unit from provider_rate where npi = :npi")
                .bind("npi", npi)
                .map(row -> Map.entry(row.get("procedure_code", String.class),
                        Money.scaled(row.get("rate_per_unit", BigDecimal.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        return db.sql("select name, network_tier from provider where npi = :npi").bind("npi", npi)
                .map(row -> Map.entry(row.get("name", String.class), row.get("network_tier", String.class)))
                .one()
                .flatMap(provider -> Mono.zip(rates, credentials.find(npi))
                        .map(parts -> new Provider(npi, provider.getKey(), NetworkTier.valueOf(provider.getValue()),
                                parts.getT1(), parts.getT2())));
    }

    @Override
    public Mono<Void> save(Provider provider) {
        Mono<Void> upsert = db.sql("""
                        insert into provider (npi, name, network_tier) values (:npi, :name, :tier)
                        on conflict (npi) do update set name = excluded.name, network_tier = excluded.network_tier,
                                                        updated_at = now()""")
                .bind("npi", provider.npi())
                .bind("name", provider.name())
                .bind("tier", provider.networkTier().name())
                .then();
        Mono<Void> clearRates = db.sql("delete from provider_rate where npi = :npi").bind("npi", provider.npi()).then();
        Flux<Void> rates = Flux.fromIterable(provider.ratesPerUnit().entrySet())
                .concatMap(rate -> db.sql("""
                                insert into provider_rate (npi, procedure_code, rate_per_unit)
                                values (:npi, :code, :rate)""")
                        .bind("npi", provider.npi())
                        .bind("code", rate.getKey())
                        .bind("rate", rate.getValue())
                        .then());
        return upsert.then(clearRates).thenMany(rates)
                .then(credentials.replace(provider.npi(), provider.credentials()));
    }
}
