package org.medmassage.authorization.decision;

import java.util.Optional;
import org.medmassage.authorization.coverage.CoverageTerms;
import org.medmassage.codesets.ProviderTaxonomy;
import org.medmassage.codesets.TaxonomyCodeSet;

/**
 * RULEBOOK §1.3: a request whose rendering provider's type the member's plan does not pay for massage is denied (A3)
 * before any visit is promised; claims would deny every visit CO-185 N95 anyway (decision 0061). A request naming no
 * taxonomy, a plan without a list, or a coverage not known yet are not judged here (decision 0063).
 */
public final class ProviderTypePolicy {

    private final TaxonomyCodeSet taxonomies = TaxonomyCodeSet.standard();

    public Optional<Decision.Denied> check(AuthorizationRequest request, Optional<CoverageTerms> coverage) {
        String taxonomy = request.renderingProviderTaxonomy();
        if (taxonomy == null || coverage.isEmpty() || coverage.get().paysProviderType(taxonomy)) {
            return Optional.empty();
        }
        String type = taxonomies.find(taxonomy).map(ProviderTaxonomy::displayName)
                .map(name -> taxonomy + ", " + name).orElse(taxonomy);
        return Optional.of(new Decision.Denied(DenialReasons.PROVIDER_TYPE_NOT_COVERED,
                "the plan does not pay this provider type (" + type + ") for massage: plan "
                        + coverage.get().planId() + " pays " + String.join(", ", coverage.get().coveredProviderTypes())));
    }
}
