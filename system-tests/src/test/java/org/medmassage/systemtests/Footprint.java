package org.medmassage.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, read from /proc (Linux). */
final class Footprint {

    private Footprint() {
    }

    static String rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.substring("VmRSS:".length()).trim())
                    .findFirst().orElse("n/a");
        } catch (Exception e) {
            return "n/a";
        }
    }
}
