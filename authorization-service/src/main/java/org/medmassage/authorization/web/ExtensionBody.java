package org.medmassage.authorization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.medmassage.authorization.extension.Extension;

/**
 * POST /authorizations/{id}/extension (PA-06): more visits, a later end, or both, and why (the progress documentation).
 * Whether it asks for anything more is judged by the rules (422 naming the field), not here.
 */
record ExtensionBody(Integer additionalVisits, LocalDate endDate, @NotBlank @Size(max = 4000) String reason) {

    Extension toExtension(Instant receivedAt) {
        return new Extension(additionalVisits, endDate, reason.strip(), receivedAt);
    }
}
