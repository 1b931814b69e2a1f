package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.medmassage.codesets.money.Money;

/**
 * A self-paid session billed by the estimate's provider to its patient: its claim, date of service, the day it was
 * billed (the claim decided) and what the patient owes for it (the claim's patient responsibility, the cash price).
 */
public record BilledVisit(String claimId, LocalDate dateOfService, LocalDate billedOn, BigDecimal patientOwes) {

    public BilledVisit {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(dateOfService, "dateOfService");
        Objects.requireNonNull(billedOn, "billedOn");
        patientOwes = Money.scaled(patientOwes);
    }
}
