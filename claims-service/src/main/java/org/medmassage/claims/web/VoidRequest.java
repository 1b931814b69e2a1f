package org.medmassage.claims.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.medmassage.claims.adjudication.Voiding;

/** POST /claims/{id}/void body: why the adjudicated claim is cancelled (told to the patient). */
record VoidRequest(@NotBlank @Size(max = Voiding.MAX_REASON_LENGTH) String reason) {
}
