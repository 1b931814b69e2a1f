package org.medmassage.bench;

import java.util.Collection;

/**
 * One process's CPU over the measured window, less what it burns idle: {@code idleTicks} were measured over
 * {@code idleSeconds} before the load (poll loops, heartbeats, schedulers) and are scaled to the window's length.
 * Ticks are USER_HZ (100 per second on Linux), i.e. 10 ms each.
 */
record CpuUse(String process, long windowTicks, double windowSeconds, long idleTicks, double idleSeconds) {

    static final double MS_PER_TICK = 10.0;

    double cpuMs() {
        return windowTicks * MS_PER_TICK;
    }

    double idleBaselineMs() {
        return idleSeconds > 0 ? idleTicks * MS_PER_TICK * windowSeconds / idleSeconds : 0;
    }

    /**
     * The window's CPU less the idle baseline, never below zero: a process that happened to be quieter than at idle
     * did no work for the load, and must not offset another's.
     */
    double netMs() {
        return Math.max(0, cpuMs() - idleBaselineMs());
    }

    double percentOfOneCore() {
        return windowSeconds > 0 ? cpuMs() / 10 / windowSeconds : 0;
    }

    /** All-in CPU milliseconds per claim: every process's net CPU over the claims adjudicated in the window. */
    static double msPerClaim(Collection<CpuUse> processes, int claims) {
        return claims > 0 ? processes.stream().mapToDouble(CpuUse::netMs).sum() / claims : 0;
    }
}
