package org.medmassage.authorization.decision;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.medmassage.authorization.coverage.PayerType;

/**
 * PA-02, CONFIG per payer type: each payer type's standard clock in calendar days, one expedited clock, one payer
 * calendar. A payer type without a configured clock takes CMS-0057-F's 7 calendar days, the shortest federal one.
 */
public final class DecisionClocks {

    static final int CMS_STANDARD_DAYS = 7;

    private final Map<PayerType, DecisionTurnaround> byPayerType = new EnumMap<>(PayerType.class);

    public DecisionClocks(Duration expedited, Map<PayerType, Integer> standardDays, ZoneId payerZone) {
        Objects.requireNonNull(standardDays, "standardDays");
        for (PayerType type : PayerType.values()) {
            byPayerType.put(type, new DecisionTurnaround(expedited,
                    standardDays.getOrDefault(type, CMS_STANDARD_DAYS), payerZone));
        }
    }

    public DecisionTurnaround forPayer(PayerType payerType) {
        return byPayerType.get(Objects.requireNonNull(payerType, "payerType"));
    }
}
