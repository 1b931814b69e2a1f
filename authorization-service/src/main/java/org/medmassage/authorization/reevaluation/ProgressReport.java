package org.medmassage.authorization.reevaluation;

import java.time.LocalDate;
import java.util.Objects;

/** A progress report (MN-06): when the re-evaluation took place, what it measured, and what it shows. */
public record ProgressReport(LocalDate reportedOn, String objectiveMeasures, Improvement improvement, String reportedBy) {

    public ProgressReport {
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(objectiveMeasures, "objectiveMeasures");
        Objects.requireNonNull(improvement, "improvement");
    }
}
