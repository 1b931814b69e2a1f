package org.medmassage.referral.application;

import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.referral.letter.Patient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Keeps the name and date of birth a letter of medical necessity states (ALT-01), from MemberRegistered. */
@Service
public class RememberPatients {

    private final Patients patients;

    public RememberPatients(Patients patients) {
        this.patients = patients;
    }

    /** Runs inside the consumer's unit of work; a later announcement (a change of name) replaces the earlier. */
    public Mono<Void> onMemberRegistered(MemberRegistered event) {
        return patients.remember(Patient.named(event.memberId(), event.firstName(), event.lastName(),
                event.dateOfBirth()));
    }
}
