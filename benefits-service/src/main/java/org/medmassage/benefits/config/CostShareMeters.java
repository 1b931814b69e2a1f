package org.medmassage.benefits.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.medmassage.events.DomainEvent;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.LineCostShare;
import org.medmassage.support.outbox.OutboxObserver;
import org.springframework.stereotype.Component;

/**
 * The money of each CostShareApplied as benefits announces it (CS-01 split of the allowed amount):
 * {@code medmassage_benefits_cost_share_amount_total{bucket,payer}} in dollars. Counted where the event enters the
 * outbox, so the cost share code carries no meter; the payer tag is HEALTH_PLAN or AUTO_PIP (decision 0074).
 */
@Component
class CostShareMeters implements OutboxObserver {

    /** The buckets of CS-01: allowed = deductible + copay + coinsurance + plan paid + prior payer + over limit. */
    enum Bucket {
        ALLOWED(LineCostShare::allowed),
        DEDUCTIBLE(LineCostShare::deductible),
        COPAY(LineCostShare::copay),
        COINSURANCE(LineCostShare::coinsurance),
        PLAN_PAID(LineCostShare::planPaid),
        PATIENT_RESPONSIBILITY(LineCostShare::patientResponsibility),
        PRIOR_PAYER_PAID(LineCostShare::priorPayerPaid),
        OVER_LIMIT(LineCostShare::overLimit);

        private final Function<LineCostShare, BigDecimal> amount;

        Bucket(Function<LineCostShare, BigDecimal> amount) {
            this.amount = amount;
        }
    }

    private static final String HEALTH_PLAN = "HEALTH_PLAN";
    private static final String AUTO_PIP = "AUTO_PIP";

    private final Map<String, Map<Bucket, Counter>> counters;

    CostShareMeters(MeterRegistry meters) {
        // registered up front, at zero: a rate() over a series that appears with its first claim misses that claim
        this.counters = Map.of(HEALTH_PLAN, register(meters, HEALTH_PLAN), AUTO_PIP, register(meters, AUTO_PIP));
    }

    @Override
    public void appended(DomainEvent event) {
        if (!(event instanceof CostShareApplied applied) || applied.lines() == null) {
            return;
        }
        Map<Bucket, Counter> byBucket = counters.get(AUTO_PIP.equals(applied.payer()) ? AUTO_PIP : HEALTH_PLAN);
        for (LineCostShare line : applied.lines()) {
            for (Bucket bucket : Bucket.values()) {
                BigDecimal amount = bucket.amount.apply(line);
                if (amount != null && amount.signum() > 0) {
                    byBucket.get(bucket).increment(amount.doubleValue());
                }
            }
        }
    }

    private static Map<Bucket, Counter> register(MeterRegistry meters, String payer) {
        Map<Bucket, Counter> byBucket = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            byBucket.put(bucket, Counter.builder("medmassage.benefits.cost.share.amount")
                    .description("dollars of cost share applied, by CS-01 bucket and payer")
                    .baseUnit("dollars").tag("bucket", bucket.name().toLowerCase(Locale.ROOT))
                    .tag("payer", payer).register(meters));
        }
        return byBucket;
    }
}
