package org.medmassage.claims.web;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmassage.claims.application.FindProvider;
import org.medmassage.claims.application.RegisterProvider;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.web.CredentialsRequest.AddressRequest;
import org.medmassage.claims.web.CredentialsRequest.CredentialingRequest;
import org.medmassage.claims.web.CredentialsRequest.LicenceRequest;
import org.medmassage.codesets.Npi;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.NetworkTier;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * PUT /providers/{npi}: a rendering provider's network status, contracted rate per unit for each code and, optionally,
 * its credentials (taxonomies, practice address, licences, credentialing history; decision 0060), its tax id and
 * self-pay cash rates (decision 0070); GET returns what is stored. A PUT replaces the whole provider: a body without credentials leaves none on file.
 */
@RestController
class ProviderController {

    private final RegisterProvider registerProvider;
    private final FindProvider findProvider;
    private final TaxonomyCodeSet taxonomies = TaxonomyCodeSet.standard();
    private final Clock clock;
    private final Period credentialingHorizon;

    ProviderController(RegisterProvider registerProvider, FindProvider findProvider, Clock clock,
            @Value("${medmassage.claims.credentials.future-horizon:P1Y}") Period credentialingHorizon) {
        this.registerProvider = registerProvider;
        this.findProvider = findProvider;
        this.clock = clock;
        this.credentialingHorizon = credentialingHorizon;
    }

    record ProviderRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull NetworkTier network,
            @NotNull Map<@NotNull @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String,
                    @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal> rates,
            List<@NotNull String> taxonomyCodes,
            @Valid AddressRequest practiceAddress,
            List<@NotNull @Valid LicenceRequest> licences,
            List<@NotNull @Valid CredentialingRequest> credentialing,
            @Pattern(regexp = TaxId.PATTERN, message = TaxId.MESSAGE) String taxId,
            Map<@NotNull @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String,
                    @NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal> cashRates) {

        CredentialsRequest credentials() {
            return new CredentialsRequest(taxonomyCodes, practiceAddress, licences, credentialing);
        }
    }

    record ProviderResponse(String npi, String name, NetworkTier network, Map<String, BigDecimal> rates,
            List<String> taxonomyCodes, AddressRequest practiceAddress,
            List<LicenceRequest> licences,
            List<CredentialingRequest> credentialing,
            String taxId,
            Map<String, BigDecimal> cashRates) {

        static ProviderResponse of(Provider provider) {
            CredentialsRequest stored = CredentialsRequest.of(provider.credentials());
            return new ProviderResponse(provider.npi(), provider.name(), provider.networkTier(),
                    new TreeMap<>(provider.ratesPerUnit()), stored.taxonomyCodes(), stored.practiceAddress(),
                    stored.licences(), stored.credentialing(),
                    provider.taxId() == null ? null : provider.taxId().formatted(),
                    new TreeMap<>(provider.cashRatesPerUnit()));
        }
    }

    @GetMapping("/providers/{npi}")
    Mono<ProviderResponse> find(@PathVariable String npi) {
        return findProvider.find(npi)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("provider", npi)))
                .map(ProviderResponse::of);
    }

    @PutMapping("/providers/{npi}")
    Mono<ProviderResponse> register(@PathVariable String npi, @Valid @RequestBody ProviderRequest request) {
        return Mono.defer(() -> {
            List<FieldProblem> problems = new ArrayList<>();
            Npi.problem(npi).ifPresent(problem -> problems.add(new FieldProblem("npi", "NPI", problem)));
            problems.addAll(request.credentials().problems(taxonomies, LocalDate.now(clock), credentialingHorizon));
            if (!problems.isEmpty()) {
                return Mono.error(RequestRejectedException.unprocessable("Provider cannot be registered", problems));
            }
            return registerProvider.register(new Provider(npi, request.name(), request.network(), request.rates(),
                    request.credentials().credentials(), TaxId.parse(request.taxId()).orElse(null),
                    request.cashRates()));
        }).map(ProviderResponse::of);
    }
}
