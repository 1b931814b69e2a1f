package org.medmassage.notification.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.medmassage.events.Adjustment;
import org.medmassage.events.claim.AdjudicatedLine;
import org.medmassage.events.claim.ClaimAdjudicated;

/** Builds balanced ClaimAdjudicated events (FMT-01) from the RULEBOOK §5.3 common visit, DOS 2026-03-10. */
final class Claims {

    static final LocalDate DOS = LocalDate.parse("2026-03-10");

    private Claims() {
    }

    static Adjustment co(String carc, String amount) {
        return new Adjustment("CO", carc, new BigDecimal(amount));
    }

    static Adjustment oa(String carc, String amount) {
        return new Adjustment("OA", carc, new BigDecimal(amount));
    }

    static Adjustment pr(String carc, String amount) {
        return new Adjustment("PR", carc, new BigDecimal(amount));
    }

    /** A line whose plan payment is what the charge leaves after its adjustments. */
    static AdjudicatedLine line(int number, String procedureCode, String charge, Adjustment... adjustments) {
        BigDecimal billed = new BigDecimal(charge);
        List<Adjustment> all = Arrays.asList(adjustments);
        BigDecimal adjusted = sum(all, null, null);
        BigDecimal contractual = sum(all, null, "45");
        boolean denied = all.stream().anyMatch(a -> !List.of("1", "2", "3", "45").contains(a.carc()));
        BigDecimal allowed = denied ? new BigDecimal("0.00") : billed.subtract(contractual);
        return new AdjudicatedLine(number, procedureCode, 1, billed, allowed,
                sum(all, "PR", "1"), sum(all, "PR", "3"), sum(all, "PR", "2"), billed.subtract(adjusted),
                sum(all, "PR", null), all, List.of());
    }

    static ClaimAdjudicated claim(String status, AdjudicatedLine... lines) {
        List<AdjudicatedLine> all = List.of(lines);
        return new ClaimAdjudicated("CLM-1", "M-1", DOS, status,
                total(all, AdjudicatedLine::charge), total(all, AdjudicatedLine::allowed),
                total(all, AdjudicatedLine::planPaid), total(all, AdjudicatedLine::patientResponsibility), all);
    }

    private static BigDecimal sum(List<Adjustment> adjustments, String group, String carc) {
        return adjustments.stream()
                .filter(a -> group == null || group.equals(a.group()))
                .filter(a -> carc == null || carc.equals(a.carc()))
                .map(Adjustment::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    private static BigDecimal total(List<AdjudicatedLine> lines, Function<AdjudicatedLine, BigDecimal> field) {
        return lines.stream().map(field).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
