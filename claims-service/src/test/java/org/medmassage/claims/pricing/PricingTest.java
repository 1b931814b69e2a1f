package org.medmassage.claims.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmassage.codesets.money.Money;
import org.medmassage.codesets.remittance.AdjustmentGroup;
import org.medmassage.codesets.remittance.CodedRejection;
import org.medmassage.events.NetworkTier;

class PricingTest {

    private static final Provider IN_NETWORK = new Provider("1234567893", "Calm Hands Massage", NetworkTier.IN_NETWORK,
            Map.of("97124", Money.of("40.00"), "97140", Money.of("38.00")));
    private static final Provider OUT_OF_NETWORK = new Provider("1245319599", "Elsewhere Spa",
            NetworkTier.OUT_OF_NETWORK, Map.of("97124", Money.of("99.00")));
    private static final OutOfNetworkFeeSchedule OON_SCHEDULE =
            new OutOfNetworkFeeSchedule(Map.of("97124", Money.of("30.00"), "97140", Money.of("28.00")));

    private final Pricing pricing = new Pricing(OON_SCHEDULE);

    @Test
    void allows_the_contracted_rate_times_units_in_network() {
        assertThat(pricing.price(IN_NETWORK, "97124", 2, Money.of("120.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("80.00")));
        assertThat(pricing.price(IN_NETWORK, "97124", 3, Money.of("180.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("120.00")));
    }

    @Test
    void allows_the_plan_maximum_allowable_out_of_network_not_the_providers_own_rate() {
        assertThat(pricing.price(OUT_OF_NETWORK, "97124", 2, Money.of("120.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("60.00")));
    }

    @Test
    void rounds_the_allowed_amount_half_up_to_cents() {
        Provider provider = new Provider("1234567893", "Odd Rates", NetworkTier.IN_NETWORK,
                Map.of("97124", new BigDecimal("33.335")));

        assertThat(pricing.price(provider, "97124", 1, Money.of("60.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("33.34")));
    }

    @Test
    void never_allows_more_than_the_charge() {
        assertThat(pricing.price(IN_NETWORK, "97124", 2, Money.of("70.00")))
                .isEqualTo(new LinePrice.Allowed(Money.of("70.00")));
    }

    @Test
    void rejects_a_code_without_a_contracted_rate_as_CO_96_with_N130() {
        LinePrice price = pricing.price(IN_NETWORK, "97530", 1, Money.of("60.00"));

        assertThat(price.isPriced()).isFalse();
        CodedRejection rejection = ((LinePrice.Unpriced) price).rejection();
        assertThat(rejection.group()).isEqualTo(AdjustmentGroup.CO);
        assertThat(rejection.carc()).isEqualTo("96");
        assertThat(rejection.rarc()).isEqualTo("N130");
        assertThat(rejection.reason()).contains("97530").contains("1234567893");
    }

    @Test
    void rejects_a_code_missing_from_the_out_of_network_schedule() {
        LinePrice price = pricing.price(OUT_OF_NETWORK, "97140", 1, Money.of("60.00"));

        assertThat(price).isEqualTo(new LinePrice.Allowed(Money.of("28.00")));
        assertThat(pricing.price(OUT_OF_NETWORK, "97530", 1, Money.of("60.00")).isPriced()).isFalse();
        assertThat(new Pricing(OutOfNetworkFeeSchedule.EMPTY).price(OUT_OF_NETWORK, "97124", 1, Money.of("60.00"))
                .isPriced()).isFalse();
    }
}
