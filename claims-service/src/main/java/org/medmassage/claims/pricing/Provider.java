package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.events.NetworkTier;

/**
 * A rendering provider: its network status, when contracted its rate per unit for each CPT code, and its credentials
 * (taxonomies, licences, credentialing; none for a provider registered without them).
 */
public record Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit,
        ProviderCredentials credentials) {

    /** A provider without credentials on file. */
    public Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit) {
        this(npi, name, networkTier, ratesPerUnit, ProviderCredentials.none());
    }

    public Provider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(networkTier, "networkTier");
        credentials = credentials == null ? ProviderCredentials.none() : credentials;
        ratesPerUnit = Map.copyOf(ratesPerUnit);
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
}
