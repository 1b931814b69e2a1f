package org.medmassage.referral.application;

import org.medmassage.referral.letter.Patient;
import reactor.core.publisher.Mono;

/** Members' names and dates of birth as benefits-service announces them (MemberRegistered), for letters (ALT-01). */
public interface Patients {

    /** A member announced again (a change) replaces what was kept. */
    Mono<Void> remember(Patient patient);

    /** Empty while the member's MemberRegistered has not arrived. */
    Mono<Patient> find(String memberId);
}
