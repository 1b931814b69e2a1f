package org.medmassage.claims.application;

import java.time.LocalDate;
import org.medmassage.claims.adjudication.EarlierLine;
import reactor.core.publisher.Flux;

/** The service lines on file, read for the duplicate check (DuplicateClaimPolicy). */
public interface BilledServices {

    /** Every line of every claim of this member, rendering provider and date of service, voided ones included. */
    Flux<EarlierLine> onFile(String memberId, String renderingProviderNpi, LocalDate dateOfService);
}
