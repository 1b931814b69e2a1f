package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.codesets.money.Money;

/**
 * A Good Faith Estimate for a self-pay patient (RULEBOOK §7.4, ALT-04): the patient and the provider as they were on
 * file when it was issued, the diagnoses if known, each planned service with its expected charge at the provider's
 * cash rate, the scheduled dates of the series (one estimate for up to 12 months), what triggered it, when it was due
 * and when it was issued. The required disclaimers are {@link #DISCLAIMERS}.
 */
public record GoodFaithEstimate(UUID id, String memberId, Patient patient, EstimateProvider provider,
        List<String> diagnosisCodes, List<EstimatedService> services, List<LocalDate> scheduledDates, Trigger trigger,
        EstimateDeadline deadline, LocalDate issuedOn) {

    /** ALT-04's required statements: an estimate only, the right to dispute, keep a copy; and not a contract. */
    public static final List<String> DISCLAIMERS = List.of(
            "This Good Faith Estimate is an estimate only, not a bill: it shows the charges expected for the services"
                    + " listed, from what was known when it was written. Your actual charges may be different.",
            "If you are billed $" + DisputeEligibilityPolicy.THRESHOLD + " or more above this estimate by this"
                    + " provider, you have the right to dispute the bill through the federal patient-provider dispute"
                    + " resolution process, which you must start within " + DisputeEligibilityPolicy.WINDOW_DAYS
                    + " calendar days of the date on the bill. Learn more at www.cms.gov/nosurprises.",
            "Keep a copy or a picture of this Good Faith Estimate: you will need it to dispute a bill.",
            "This Good Faith Estimate is not a contract and does not oblige you to obtain the services listed.");

    public GoodFaithEstimate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(issuedOn, "issuedOn");
        diagnosisCodes = List.copyOf(diagnosisCodes);
        services = List.copyOf(services);
        scheduledDates = scheduledDates.stream().sorted().toList();
        if (services.isEmpty() || scheduledDates.isEmpty()) {
            throw new IllegalArgumentException("an estimate has at least one service and one scheduled date");
        }
    }

    public LocalDate firstScheduledDate() {
        return scheduledDates.get(0);
    }

    public LocalDate lastScheduledDate() {
        return scheduledDates.get(scheduledDates.size() - 1);
    }

    /** Σ the items' expected charges: the figure a final bill is measured against. */
    public BigDecimal expectedTotal() {
        return services.stream().map(EstimatedService::expectedCharge).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Σ the self-pay discounts of the items whose usual charge was given; null when none was. */
    public BigDecimal selfPayDiscount() {
        return services.stream().map(EstimatedService::selfPayDiscount).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    /** ALT-04: issued on or before the day it was due. */
    public boolean issuedOnTime() {
        return deadline.metBy(issuedOn);
    }
}
