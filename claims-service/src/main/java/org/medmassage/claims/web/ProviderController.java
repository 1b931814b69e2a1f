package org.medmassage.claims.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmassage.claims.application.RegisterProvider;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;
import org.medmassage.support.web.RequestRejectedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** PUT /providers/{npi}: a rendering provider's network status and contracted rate per unit for each code. */
@RestController
class ProviderController {

    private final RegisterProvider registerProvider;

    ProviderController(RegisterProvider registerProvider) {
        this.registerProvider = registerProvider;
    }

    record ProviderRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull NetworkTier network,
            @NotNull Map<@NotNull @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String,
                    @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal> rates) {
    }

    record ProviderResponse(String npi, String name, NetworkTier network, Map<String, BigDecimal> rates) {
        static ProviderResponse of(Provider provider) {
            return new ProviderResponse(provider.npi(), provider.name(), provider.networkTier(),
                    new TreeMap<>(provider.ratesPerUnit()));
        }
    }

    @PutMapping("/providers/{npi}")
    Mono<ProviderResponse> register(@PathVariable String npi, @Valid @RequestBody ProviderRequest request) {
        return Mono.defer(() -> {
            var problem = Npi.problem(npi);
            if (problem.isPresent()) {
                return Mono.error(RequestRejectedException.unprocessable("Provider cannot be registered",
                        List.of(new FieldProblem("npi", "NPI", problem.get()))));
            }
            return registerProvider.register(new Provider(npi, request.name(), request.network(), request.rates()));
        }).map(ProviderResponse::of);
    }
}
