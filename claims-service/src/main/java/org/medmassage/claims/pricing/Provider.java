package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.events.NetworkTier;

/**
 * A rendering provider: its network status, when contracted its rate per unit for each CPT code, and its credentials
 * (taxonomies, licences, credentialing; none for a provider registered without them); its tax id and discounted
 * self-pay cash rate per unit for each code (null and none when not on file; decision 0070).
 */
public record Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit,
        ProviderCredentials credentials, TaxId taxId, Map<String, BigDecimal> cashRatesPerUnit) {

    /** A provider without a tax id or cash rates on file. */
    public Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit,
            ProviderCredentials credentials) {
        this(npi, name, networkTier, ratesPerUnit, credentials, null, Map.of());
    }

    /** A provider without credentials on file. */
    public Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit) {
        this(npi, name, networkTier, ratesPerUnit, ProviderCredentials.none());
    }

    public Provider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(networkTier, "networkTier");
        credentials = credentials == null ? ProviderCredentials.none() : credentials;
        ratesPerUnit = Map.copyOf(ratesPerUnit);
        cashRatesPerUnit = cashRatesPerUnit == null ? Map.of() : Map.copyOf(cashRatesPerUnit);
        cashRatesPerUnit.forEach((code, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("a cash rate is above zero, " + code + ": " + rate);
            }
        });
        ratesPerUnit.forEach((code, rate) -> {
            if (rate.signum() < 0) {
                throw new IllegalArgumentException("negative rate for " + code + ": " + rate);
            }
        });
    }

    public boolean inNetwork() {
        return networkTier == NetworkTier.IN_NETWORK;
    }

    public Optional<BigDecimal> contractedRate(String procedureCode) {
        return Optional.ofNullable(ratesPerUnit.get(procedureCode));
    }

    /** RULEBOOK §7.4: the discounted self-pay price per unit, outside any contract; empty when none is offered. */
    public Optional<BigDecimal> cashRate(String procedureCode) {
        return Optional.ofNullable(cashRatesPerUnit.get(procedureCode));
    }
}
