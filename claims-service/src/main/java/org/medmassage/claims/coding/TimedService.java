package org.medmassage.claims.coding;

import java.util.Objects;

/** One service line as the 8-minute rule sees it: the procedure code and how long it was. */
public record TimedService(String procedureCode, BilledTime time) {

    public TimedService {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(time, "time");
    }

    public static TimedService minutes(String procedureCode, int minutes) {
        return new TimedService(procedureCode, BilledTime.minutes(minutes));
    }

    public static TimedService units(String procedureCode, int units) {
        return new TimedService(procedureCode, BilledTime.units(units));
    }

    /** Minutes of a timed code that enter the minute pool; lines billed in units or untimed codes have none. */
    boolean isPooledMinutes() {
        return time instanceof BilledTime.Minutes && isTimed();
    }

    boolean isTimed() {
        return ProcedureTiming.isTimed(procedureCode);
    }

    int minutes() {
        return time instanceof BilledTime.Minutes m ? m.value() : 0;
    }
}
