package org.medmassage.authorization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.medmassage.authorization.reevaluation.Improvement;
import org.medmassage.authorization.reevaluation.ProgressReport;

/**
 * POST /authorizations/{id}/progress-report (MN-06): the day of the re-evaluation, its objective measures (range of
 * motion, sitting or standing tolerance, medication, function) and what they show, MEASURABLE or PLATEAU.
 */
record ProgressReportBody(
        @NotNull LocalDate reportedOn,
        @NotBlank @Size(max = 4000) String objectiveMeasures,
        @NotNull Improvement improvement) {

    ProgressReport toReport(String reportedBy) {
        return new ProgressReport(reportedOn, objectiveMeasures.strip(), improvement, reportedBy);
    }
}
