package org.medmassage.claims.estimate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A Good Faith Estimate as the provider asks for it: the member, the rendering provider, the diagnoses if known, the
 * planned services and their dates, and what triggered it (scheduling or the patient's request) on which day.
 */
public record EstimateDraft(String memberId, String renderingProviderNpi, List<String> diagnosisCodes,
        List<PlannedService> services, List<LocalDate> scheduledDates, Trigger trigger) {

    public EstimateDraft {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renderingProviderNpi, "renderingProviderNpi");
        Objects.requireNonNull(trigger, "trigger");
        diagnosisCodes = diagnosisCodes == null ? List.of() : List.copyOf(diagnosisCodes);
        services = List.copyOf(services);
        scheduledDates = List.copyOf(scheduledDates);
    }
}
