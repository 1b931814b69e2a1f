package org.medmassage.benefits.costshare;

import java.util.Optional;
import org.medmassage.benefits.plan.BenefitPlan;
import org.medmassage.codesets.ProviderTaxonomy;
import org.medmassage.codesets.TaxonomyCodeSet;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;

/**
 * RULEBOOK §1.3 (provider eligibility): a plan pays massage only to the provider types it lists, so a rendering
 * provider whose primary NUCC taxonomy is not among them is denied the whole visit CO-185 (rendering provider not
 * eligible) with N95 (this provider type may not bill this service). CO: the provider knew the plan's terms, the
 * member owes nothing. A visit without a taxonomy (no credentials on file, decision 0060) is not judged (decision 0061).
 */
public final class ProviderTypePolicy {

    private final TaxonomyCodeSet taxonomies = TaxonomyCodeSet.standard();

    public Optional<CodedRejection> check(BenefitPlan plan, String renderingProviderTaxonomy) {
        if (renderingProviderTaxonomy == null || plan.providerTypes().pays(renderingProviderTaxonomy)) {
            return Optional.empty();
        }
        String type = taxonomies.find(renderingProviderTaxonomy).map(ProviderTaxonomy::displayName)
                .map(name -> renderingProviderTaxonomy + " (" + name + ")").orElse(renderingProviderTaxonomy);
        return Optional.of(new CodedRejection(AdjustmentGroup.CO, "185", "N95", "rendering provider type " + type
                + " is not one plan " + plan.planId() + " pays for massage"));
    }
}
