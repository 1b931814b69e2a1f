package org.medmassage.claims.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medmassage.claims.estimate.EstimateDraft;
import org.medmassage.claims.estimate.PlannedService;
import org.medmassage.claims.estimate.Trigger;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.support.web.Identifier;

/**
 * POST /good-faith-estimates body (ALT-04): the member, the rendering provider, the diagnoses if known, the planned
 * services (code, units per session, sessions, optionally the usual charge per unit), the planned date of each session,
 * and the day the services were scheduled ({@code scheduledOn}) or the patient asked ({@code requestedOn}); neither
 * means scheduled today.
 */
record GoodFaithEstimateRequest(
        @NotBlank @Identifier String memberId,
        @NotBlank @Identifier String renderingProviderNpi,
        @Size(max = 12) List<@NotBlank String> diagnosisCodes,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull ServiceRequest> services,
        @NotEmpty @Size(max = MAX_DATES) List<@NotNull LocalDate> scheduledDates,
        LocalDate scheduledOn,
        LocalDate requestedOn) {

    /** A session a day for a year at most; the 12-month rule is checked on the dates themselves. */
    static final int MAX_DATES = 366;

    record ServiceRequest(
            @NotBlank @Pattern(regexp = ProcedureCodes.PATTERN, message = ProcedureCodes.MESSAGE) String procedureCode,
            @NotNull @Positive @Max(value = ClaimLineRequest.MAX_UNITS,
                    message = "must be at most 96 (a day of 15-minute units)") Integer unitsPerSession,
            @NotNull @Positive @Max(value = MAX_DATES, message = "must be at most 366") Integer sessions,
            @Positive @Digits(integer = 10, fraction = 2) BigDecimal usualChargePerUnit) {

        PlannedService planned() {
            return new PlannedService(procedureCode, unitsPerSession, sessions, usualChargePerUnit);
        }
    }

    /** One day triggers an estimate: naming both is refused (ALT-04 gives each its own deadline). */
    Optional<FieldProblem> triggerProblem() {
        return scheduledOn != null && requestedOn != null
                ? Optional.of(new FieldProblem("requestedOn", "ALT-04", "give scheduledOn (the services were"
                        + " scheduled) or requestedOn (the patient asked for an estimate), not both"))
                : Optional.empty();
    }

    EstimateDraft toDraft(LocalDate today) {
        Trigger trigger = requestedOn != null ? Trigger.requestedOn(requestedOn)
                : Trigger.scheduledOn(scheduledOn == null ? today : scheduledOn);
        return new EstimateDraft(memberId, renderingProviderNpi, diagnosisCodes,
                services.stream().map(ServiceRequest::planned).toList(), scheduledDates, trigger);
    }
}
