package org.medmassage.claims.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.medmassage.claims.credentials.CredentialingHistory;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.credentials.ProviderCredentials;
import org.medmassage.claims.credentials.TaxId;
import org.medmassage.claims.pricing.Provider;
import org.medmassage.claims.receipt.Patient;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.events.NetworkTier;

/**
 * A Good Faith Estimate's parts for the tests: a provider with a tax id, an address and cash rates of 30.00 (97124) and
 * 28.50 (97140) a unit; Jane Doe; and a series of 12 weekly sessions from Tuesday 2026-03-10, scheduled on Friday
 * 2026-02-20, of 97124 × 2 units and 97140 × 1 unit: 720.00 + 342.00 = 1,062.00 expected.
 */
public final class EstimateFixtures {

    public static final String NPI = "1234567893";
    public static final String MEMBER = "M-1001";
    public static final LocalDate SCHEDULED_ON = LocalDate.of(2026, 2, 20);
    public static final LocalDate FIRST_SESSION = LocalDate.of(2026, 3, 10);
    public static final LocalDate ISSUED_ON = LocalDate.of(2026, 2, 23);
    public static final Patient PATIENT = new Patient(MEMBER, "Jane", "Doe", LocalDate.of(1980, 5, 17));
    public static final Provider PROVIDER = new Provider(NPI, "Harbor Massage Clinic", NetworkTier.IN_NETWORK,
            Map.of("97124", new BigDecimal("35.00"), "97140", new BigDecimal("32.00")),
            new ProviderCredentials(List.of(), new PracticeAddress("1 Pine St", "Harbor", "WA", "98101"), List.of(),
                    CredentialingHistory.none()),
            new TaxId("123456789"), Map.of("97124", new BigDecimal("30.00"), "97140", new BigDecimal("28.50")));

    private static final EstimateIntake INTAKE = new EstimateIntake(IcdCodeSet.standard());

    private EstimateFixtures() {
    }

    /** Twelve weekly dates from {@code first}. */
    public static List<LocalDate> weekly(LocalDate first, int sessions) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            dates.add(first.plusWeeks(i));
        }
        return dates;
    }

    /** The series above; 97124's usual charge 60.00 a unit when {@code withUsualCharge}. */
    public static EstimateDraft draft(boolean withUsualCharge) {
        return new EstimateDraft(MEMBER, NPI, List.of("M54.50"), List.of(
                new PlannedService("97124", 2, 12, withUsualCharge ? new BigDecimal("60.00") : null),
                new PlannedService("97140", 1, 12, null)), weekly(FIRST_SESSION, 12),
                Trigger.scheduledOn(SCHEDULED_ON));
    }

    public static EstimateDecision write(EstimateDraft draft) {
        return INTAKE.write(UUID.fromString("00000000-0000-0000-0000-000000000075"), draft, Optional.of(PROVIDER),
                Optional.of(PATIENT), ISSUED_ON);
    }

    /** The series above, written on {@link #ISSUED_ON}. */
    public static GoodFaithEstimate estimate(boolean withUsualCharge) {
        return ((EstimateDecision.Written) write(draft(withUsualCharge))).estimate();
    }
}
