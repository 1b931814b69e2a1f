package org.medmassage.claims.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medmassage.events.NetworkTier;

/** A rendering provider: its network status and, when contracted, its rate per unit for each CPT code. */
public record Provider(String npi, String name, NetworkTier networkTier, Map<String, BigDecimal> ratesPerUnit) {

    public Provider {
        Objects.requireNonNull(npi, "npi");
        Objects.requireNonNull(networkTier, "networkTier");
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
