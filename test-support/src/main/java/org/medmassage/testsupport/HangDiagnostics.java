package org.medmassage.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Evidence for a request that never got its answer. Now and then, one request of a service's integration tests has
 * waited out the client's timeout (stop 25, CI of stop 26) and the next one was answered at once; the service runs in
 * the test's JVM, so its threads at that moment say where the request stood.
 */
public final class HangDiagnostics {

    private HangDiagnostics() {
    }

    /** Runs the call; if it timed out, prints every thread's stack to stderr (the CI log) and rethrows. */
    public static <T> T onTimeout(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof TimeoutException) {
                System.err.println("no answer in time to " + what + "; the JVM's threads:\n" + threadDump());
            }
            throw e;
        }
    }

    static String threadDump() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .map(HangDiagnostics::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(ThreadInfo thread) {
        String frames = Arrays.stream(thread.getStackTrace()).limit(40)
                .map(frame -> "\tat " + frame).collect(Collectors.joining("\n"));
        return "\"" + thread.getThreadName() + "\" " + thread.getThreadState()
                + (thread.getLockName() == null ? "" : " on " + thread.getLockName()) + "\n" + frames;
    }
}
