package org.medmassage.claims.receipt;

import java.time.LocalDate;
import java.util.Optional;
import org.medmassage.claims.credentials.Licence;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.pricing.Provider;

/**
 * The rendering provider as ALT-02 asks a receipt to name it: name, practice address, NPI, tax id and the licence
 * valid on the date of service (in the practice's state when the address is on file). A part not on file is null.
 */
public record ReceiptProvider(String name, String npi, String taxId, PracticeAddress practiceAddress,
        Licence licence) {

    public static ReceiptProvider of(String npi, Provider provider, LocalDate dateOfService) {
        if (provider == null) {
            return new ReceiptProvider(null, npi, null, null, null);
        }
        PracticeAddress address = provider.credentials().address().orElse(null);
        return new ReceiptProvider(provider.name(), npi,
                Optional.ofNullable(provider.taxId()).map(TaxId::formatted).orElse(null), address,
                licenceOn(provider, address, dateOfService));
    }

    // RULEBOOK §1.3: a licence counts only in the state that issued it, the practice's state
    private static Licence licenceOn(Provider provider, PracticeAddress address, LocalDate dateOfService) {
        return provider.credentials().licences().stream()
                .filter(licence -> address == null
                        ? licence.validOn(dateOfService, licence.state())
                        : licence.validOn(dateOfService, address.state()))
                .findFirst().orElse(null);
    }
}
