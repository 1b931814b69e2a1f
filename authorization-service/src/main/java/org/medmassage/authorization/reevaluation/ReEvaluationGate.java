package org.medmassage.authorization.reevaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmassage.authorization.decision.Decision;
import org.medmassage.authorization.time.DateWindow;

/**
 * MN-06: continuing beyond a block of visits needs a progress report showing objective improvement, due after
 * {@code afterVisits} visits or {@code afterDays} days, whichever comes first (WA L&I: 6 visits or 30 days); either
 * may be absent, both absent is off. Configuration per payer and plan (PlanOfCare.reEvalDueAfterVisits / Days).
 */
public record ReEvaluationGate(Integer afterVisits, Integer afterDays) {

    public ReEvaluationGate {
        if ((afterVisits != null && afterVisits < 1) || (afterDays != null && afterDays < 1)) {
            throw new IllegalArgumentException("a re-evaluation is due after at least one visit or day, not "
                    + afterVisits + " visits / " + afterDays + " days");
        }
    }

    public static ReEvaluationGate off() {
        return new ReEvaluationGate(null, null);
    }

    public boolean isOn() {
        return afterVisits != null || afterDays != null;
    }

    /** What an approval certifies now, and whether the rest waits for a progress report. */
    public record Gated(Decision decision, boolean awaitsReport) {
    }

    /**
     * Cuts what the rules allow to the block up to the gate: at most {@code afterVisits} visits beyond those certified
     * before, and no day past {@code afterDays} counted from {@code blockStart} (the window's first day, or the day of
     * the progress report that opened the block). A denial or a pend passes through.
     */
    public Gated clamp(Decision allowed, int certifiedBefore, LocalDate blockStart) {
        if (!isOn() || !(allowed instanceof Decision.Approved || allowed instanceof Decision.PartiallyApproved)) {
            return new Gated(allowed, false);
        }
        int visits = allowed instanceof Decision.Approved a ? a.visits() : ((Decision.PartiallyApproved) allowed).visits();
        DateWindow window = allowed instanceof Decision.Approved a ? a.window()
                : ((Decision.PartiallyApproved) allowed).window();
        List<String> codes = allowed instanceof Decision.Approved a ? a.procedureCodes()
                : ((Decision.PartiallyApproved) allowed).procedureCodes();
        LocalDate start = blockStart.isBefore(window.from()) ? window.from() : blockStart;
        LocalDate to = afterDays == null ? window.to() : min(window.to(), start.plusDays(afterDays - 1L));
        DateWindow block = DateWindow.of(window.from(), to);
        int blockVisits = (int) Math.min(afterVisits == null ? visits : Math.min(visits, certifiedBefore + afterVisits),
                block.days());
        if (blockVisits >= visits && block.equals(window)) {
            return new Gated(allowed, false);
        }
        List<String> cuts = new ArrayList<>();
        if (allowed instanceof Decision.PartiallyApproved partial) {
            cuts.add(partial.reason());
        }
        cuts.add(blockVisits + " visits until " + block.to() + ", then a progress report showing objective improvement"
                + " (MN-06: re-evaluation after " + describe() + ")");
        return new Gated(new Decision.PartiallyApproved(Math.max(1, blockVisits), codes, block, String.join("; ", cuts)),
                true);
    }

    /** "6 visits or 30 days, whichever comes first". */
    public String describe() {
        if (afterVisits != null && afterDays != null) {
            return afterVisits + " visits or " + afterDays + " days, whichever comes first";
        }
        return afterVisits != null ? afterVisits + " visits" : afterDays + " days";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
