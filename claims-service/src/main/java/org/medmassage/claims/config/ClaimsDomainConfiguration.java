package org.medmassage.claims.config;

import java.time.Duration;
import java.util.List;
import org.medmassage.claims.adjudication.DuplicateClaimPolicy;
import org.medmassage.claims.adjudication.WellnessDiagnosisPolicy;
import org.medmassage.claims.application.IdempotencyWindow;
import org.medmassage.claims.coding.TimedUnitMethod;
import org.medmassage.claims.credentials.ProviderEligibility;
import org.medmassage.claims.estimate.EstimateIntake;
import org.medmassage.claims.intake.ClaimIntake;
import org.medmassage.claims.pricing.StateFeeSchedules;
import org.medmassage.codesets.IcdCodeSet;
import org.medmassage.codesets.WellnessRedFlags;
import org.medmassage.support.lock.MemberLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain policies the use cases run, configured once; scheduling for IdempotencyKeyPurge and LateClaimsSweep. */
@Configuration
@EnableScheduling
class ClaimsDomainConfiguration {

    /** Loaded once at start-up (~75k codes a release); its horizon is watched by service-support (DX-01). */
    @Bean
    IcdCodeSet icdCodeSet() {
        return IcdCodeSet.standard();
    }

    /**
     * RULEBOOK §4.2: units by the member's plan's method (decision 0059); this property is the default for a member
     * whose coverage is not known here yet: CPT-01 (CMS total time) unless the payer counts per code (CPT-02).
     */
    @Bean
    ClaimIntake claimIntake(@Value("${medmassage.claims.timed-unit-method:CMS_TOTAL_TIME}") TimedUnitMethod method,
            IcdCodeSet icdCodeSet, StateFeeSchedules workersCompFeeSchedules) {
        return new ClaimIntake(method, icdCodeSet, workersCompFeeSchedules);
    }

    /** ALT-04: a Good Faith Estimate's diagnoses are checked against the same ICD-10-CM releases as a claim's. */
    @Bean
    EstimateIntake estimateIntake(IcdCodeSet icdCodeSet) {
        return new EstimateIntake(icdCodeSet);
    }

    @Bean
    DuplicateClaimPolicy duplicateClaimPolicy() {
        return new DuplicateClaimPolicy();
    }

    /** MN-07: the payer's wellness codes (CONFIG, as referral-service's); none configured: Z73.3, R53.83, Z00.00. */
    @Bean
    WellnessDiagnosisPolicy wellnessDiagnosisPolicy(
            @Value("${medmassage.claims.wellness-red-flags:}") List<String> wellnessRedFlags) {
        List<String> configured = wellnessRedFlags.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new WellnessDiagnosisPolicy(configured.isEmpty() ? WellnessRedFlags.defaults()
                : new WellnessRedFlags(configured));
    }

    /**
     * RULEBOOK §1.3 (decision 0060): a provider without credentials on file is paid as before unless the payer requires
     * them, which it does once every provider is credentialed.
     */
    @Bean
    ProviderEligibility providerEligibility(
            @Value("${medmassage.claims.credentials.required:false}") boolean credentialsRequired) {
        return new ProviderEligibility(credentialsRequired);
    }

    /** How long a retried POST /claims with the same Idempotency-Key answers the first claim (decision 0053). */
    @Bean
    IdempotencyWindow idempotencyWindow(@Value("${medmassage.claims.idempotency-window:P1D}") Duration window) {
        return new IdempotencyWindow(window);
    }

    /** Intake locks the member first, so two identical claims sent at once are an original and a duplicate. */
    @Bean
    MemberLock memberLock(DatabaseClient db) {
        return new MemberLock(db, "clms");
    }
}
