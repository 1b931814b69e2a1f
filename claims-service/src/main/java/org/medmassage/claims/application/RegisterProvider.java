package org.medmassage.claims.application;

import org.medmassage.claims.pricing.Provider;
import org.medmassage.support.outbox.UnitOfWork;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Registers or replaces a rendering provider with its network status and contracted rates. */
@Service
public class RegisterProvider {

    private final UnitOfWork unitOfWork;
    private final Providers providers;

    public RegisterProvider(UnitOfWork unitOfWork, Providers providers) {
        this.unitOfWork = unitOfWork;
        this.providers = providers;
    }

    public Mono<Provider> register(Provider provider) {
        return unitOfWork.execute(providers.save(provider).thenReturn(provider));
    }
}
