package org.medmassage.claims.application;

import org.medmassage.claims.pricing.Provider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A registered rendering provider as stored: network, rates and credentials. */
@Service
public class FindProvider {

    private final Providers providers;

    public FindProvider(Providers providers) {
        this.providers = providers;
    }

    /** The provider, or empty when none is registered under {@code npi}. */
    public Mono<Provider> find(String npi) {
        return providers.find(npi);
    }
}
