package org.medmassage.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * FHIR R4 in JSON for the services' FHIR endpoints (issue 18, decision 0079): one cached HAPI context (building one is
 * slow and it is thread-safe), the media type, and OperationOutcome answers naming the FHIRPath location of a problem.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final FhirContext R4 = FhirContext.forR4Cached();

    private FhirJson() {
    }

    public static String encode(IBaseResource resource) {
        return R4.newJsonParser().encodeResourceToString(resource);
    }

    public static <T extends IBaseResource> T parse(Class<T> type, String json) {
        return R4.newJsonParser().parseResource(type, json);
    }

    /** An OperationOutcome with one error issue; {@code location} (a FHIRPath expression) may be null. */
    public static OperationOutcome outcome(OperationOutcome.IssueType type, String location, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        addIssue(outcome, type, location, diagnostics);
        return outcome;
    }

    public static void addIssue(OperationOutcome outcome, OperationOutcome.IssueType type, String location,
            String diagnostics) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        if (location != null) {
            issue.addExpression(location);
        }
    }

    /** A FHIR date of a day: no time of day, no zone shift. */
    public static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
