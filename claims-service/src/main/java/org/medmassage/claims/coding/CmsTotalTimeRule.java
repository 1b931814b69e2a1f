package org.medmassage.claims.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * CPT-01: pool the timed minutes of the day, convert the total with the 8-minute table, give each code its full
 * 15-minute blocks and hand the remaining units, one each, to the codes with the largest leftover minutes. Ties go to
 * the earlier line (CMS allows either), which keeps the result deterministic.
 */
final class CmsTotalTimeRule implements EightMinuteRule {

    @Override
    public List<Integer> units(List<TimedService> services) {
        List<Integer> units = new ArrayList<>(services.size());
        int totalMinutes = 0;
        for (TimedService service : services) {
            units.add(fixedUnits(service));
            totalMinutes += service.isPooledMinutes() ? service.minutes() : 0;
        }
        int extra = EightMinuteRule.unitsForMinutes(totalMinutes) - fullBlocks(services);
        IntStream.range(0, services.size())
                .filter(i -> services.get(i).isPooledMinutes() && services.get(i).minutes() % 15 > 0)
                .boxed()
                .sorted(Comparator.comparingInt((Integer i) -> services.get(i).minutes() % 15).reversed())
                .limit(Math.max(extra, 0))
                .forEach(i -> units.set(i, units.get(i) + 1));
        return List.copyOf(units);
    }

    /** Full 15-minute blocks for pooled lines; given units for unit lines; one unit for an untimed session. */
    private static int fixedUnits(TimedService service) {
        if (service.time() instanceof BilledTime.Units given) {
            return given.value();
        }
        return service.isTimed() ? service.minutes() / 15 : 1;
    }

    private static int fullBlocks(List<TimedService> services) {
        return services.stream().filter(TimedService::isPooledMinutes).mapToInt(s -> s.minutes() / 15).sum();
    }
}
