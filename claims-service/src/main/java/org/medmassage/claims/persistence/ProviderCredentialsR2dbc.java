package org.medmassage.claims.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.credentials.CredentialingEntry;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.CredentialingStatus;
import org.medmassage.claims.credentials.Licence;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.Taxonomy;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A provider's credential rows (V8): read together, replaced together inside the caller's unit of work. */
final class ProviderCredentialsR2dbc {

    private final DatabaseClient db;

    ProviderCredentialsR2dbc(DatabaseClient db) {
        this.db = db;
    }

    Mono<ProviderCredentials> find(String npi) {
        Mono<List<Taxonomy>> taxonomies = db.sql(
                        "select taxonomy_code from provider_taxonomy where npi = :npi order by position")
                .bind("npi", npi).map(row -> new Taxonomy(row.get("taxonomy_code", String.class))).all().collectList();
        Mono<Optional<PracticeAddress>> address = db.sql(
                        "select line1, city, state, postal_code from provider_practice_address where npi = :npi")
                .bind("npi", npi)
                .map(row -> new PracticeAddress(row.get("line1", String.class), row.get("city", String.class),
                        row.get("state", String.class), row.get("postal_code", String.class)))
                .one().map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<List<Licence>> licences = db.sql("""
                        select licence_type, licence_number, state, valid_from, valid_to from provider_licence
                        where npi = :npi order by position""")
                .bind("npi", npi)
                .map(row -> new Licence(row.get("licence_type", String.class), row.get("licence_number", String.class),
                        row.get("state", String.class), row.get("valid_from", LocalDate.class),
                        row.get("valid_to", LocalDate.class)))
                .all().collectList();
        Mono<List<CredentialingEntry>> credentialing = db.sql(
                        "select status, effective_from from provider_credentialing where npi = :npi")
                .bind("npi", npi)
                .map(row -> new CredentialingEntry(CredentialingStatus.valueOf(row.get("status", String.class)),
                        row.get("effective_from", LocalDate.class)))
                .all().collectList();
        return Mono.zip(taxonomies, address, licences, credentialing)
                .map(rows -> new ProviderCredentials(rows.getT1(), rows.getT2().orElse(null), rows.getT3(),
                        new CredentialingHistory(rows.getT4())));
    }

    /** Deletes the provider's credential rows and writes {@code credentials}'s; the provider row must exist. */
    Mono<Void> replace(String npi, ProviderCredentials credentials) {
        Flux<Void> cleared = Flux.just("provider_taxonomy", "provider_practice_address", "provider_licence",
                        "provider_credentialing")
                .concatMap(table -> db.sql("delete from " + table + " where npi = :npi").bind("npi", npi).then());
        Flux<Void> taxonomies = Flux.range(0, credentials.taxonomies().size())
                .concatMap(i -> db.sql("""
                                insert into provider_taxonomy (npi, position, taxonomy_code)
                                values (:npi, :position, :code)""")
                        .bind("npi", npi).bind("position", i + 1)
                        .bind("code", credentials.taxonomies().get(i).code()).then());
        Flux<Void> address = Flux.fromIterable(credentials.address().stream().toList())
                .concatMap(at -> db.sql("""
                                insert into provider_practice_address (npi, line1, city, state, postal_code)
                                values (:npi, :line1, :city, :state, :postalCode)""")
                        .bind("npi", npi).bind("line1", at.line1()).bind("city", at.city())
                        .bind("state", at.state()).bind("postalCode", at.postalCode()).then());
        Flux<Void> licences = Flux.range(0, credentials.licences().size())
                .concatMap(i -> insertLicence(npi, i + 1, credentials.licences().get(i)));
        Flux<Void> credentialing = Flux.fromIterable(credentials.credentialing().entries())
                .concatMap(entry -> db.sql("""
                                insert into provider_credentialing (npi, effective_from, status)
                                values (:npi, :from, :status)""")
                        .bind("npi", npi).bind("from", entry.effectiveFrom())
                        .bind("status", entry.status().name()).then());
        return cleared.thenMany(taxonomies).thenMany(address).thenMany(licences).thenMany(credentialing).then();
    }

    private Mono<Void> insertLicence(String npi, int position, Licence licence) {
        return Nullable.bind(db.sql("""
                        insert into provider_licence (npi, position, licence_type, licence_number, state, valid_from,
                                                      valid_to)
                        values (:npi, :position, :type, :number, :state, :from, :to)""")
                        .bind("npi", npi).bind("position", position).bind("type", licence.type())
                        .bind("number", licence.number()).bind("state", licence.state())
                        .bind("from", licence.validFrom()), "to", licence.validTo(), LocalDate.class)
                .then();
    }
}
