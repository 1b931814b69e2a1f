package org.medmassage.claims.application;

import org.medmassage.claims.pricing.Provider;
import reactor.core.publisher.Mono;

/** Rendering providers with their network status and contracted rates. */
public interface Providers {

    Mono<Provider> find(String npi);

    /** Replaces the provider and all its rates. */
    Mono<Void> save(Provider provider);
}
