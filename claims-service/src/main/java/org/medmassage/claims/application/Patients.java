package org.medmassage.claims.application;

import org.medmassage.claims.receipt.Patient;
import reactor.core.publisher.Mono;

/** Members' names and dates of birth as benefits-service announces them (MemberRegistered), for receipts. */
public interface Patients {

    /** A member announced again (a change) replaces what was kept. */
    Mono<Void> remember(Patient patient);

    /** Empty while the member's MemberRegistered has not arrived. */
    Mono<Patient> find(String memberId);
}
