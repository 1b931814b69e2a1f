package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.util.Objects;
import org.medmassage.claims.receipt.ReceiptDescriptions;
import org.medmassage.codesets.money.Money;

/**
 * An item of a Good Faith Estimate (ALT-04): the service by code and words, units and sessions, and its expected
 * charge at the provider's cash rate = rate × units × sessions. With the provider's usual charge, also that charge and
 * the self-pay discount (usual − expected); both null without one.
 */
public record EstimatedService(int itemNumber, String procedureCode, String description, int unitsPerSession,
        int sessions, BigDecimal cashRatePerUnit, BigDecimal expectedCharge, BigDecimal usualChargePerUnit,
        BigDecimal usualCharge, BigDecimal selfPayDiscount) {

    public EstimatedService {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(cashRatePerUnit, "cashRatePerUnit");
        Objects.requireNonNull(expectedCharge, "expectedCharge");
    }

    /** {@code service} priced at {@code cashRate} per unit (RULEBOOK §7.4: never an insurance contract rate). */
    public static EstimatedService priced(int itemNumber, PlannedService service, BigDecimal cashRate) {
        BigDecimal expected = Money.times(cashRate, service.units());
        BigDecimal usual = service.usualChargePerUnit() == null ? null
                : Money.times(service.usualChargePerUnit(), service.units());
        return new EstimatedService(itemNumber, service.procedureCode(),
                ReceiptDescriptions.describe(service.procedureCode()), service.unitsPerSession(), service.sessions(),
                Money.scaled(cashRate), expected,
                service.usualChargePerUnit() == null ? null : Money.scaled(service.usualChargePerUnit()), usual,
                usual == null ? null : usual.subtract(expected));
    }
}
