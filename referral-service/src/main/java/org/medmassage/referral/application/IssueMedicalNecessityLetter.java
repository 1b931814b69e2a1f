package org.medmassage.referral.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medmassage.codesets.IcdTitles;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.referral.letter.LetterValidity;
import org.medmassage.referral.letter.MedicalNecessityLetter;
import org.medmassage.referral.letter.Patient;
import org.medmassage.referral.prescription.Referral;
import org.medmassage.referral.prescription.ReferralId;
import org.medmassage.referral.prescription.ReferralNotActiveException;
import org.medmassage.referral.prescription.ReferralStatus;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * ALT-01: issues a letter of medical necessity for a referral (dated today by the injected clock, valid at most 12
 * months, naming the patient as MemberRegistered did) and announces MedicalNecessityLetterIssued in the same unit of
 * work; reads the latest one back as it stands today (REVOKED with its referral, EXPIRED after its last day). A
 * revoked referral substantiates nothing, so it gets no letter.
 */
@Service
public class IssueMedicalNecessityLetter {

    private final Referrals referrals;
    private final MedicalNecessityLetters letters;
    private final Patients patients;
    private final IcdTitles titles;
    private final LetterValidity validity;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final Outbox outbox;

    public IssueMedicalNecessityLetter(Referrals referrals, MedicalNecessityLetters letters, Patients patients,
                                       IcdTitles titles, LetterValidity validity, Clock clock, UnitOfWork unitOfWork,
                                       Outbox outbox) {
        this.referrals = referrals;
        this.letters = letters;
        this.patients = patients;
        this.titles = titles;
        this.validity = validity;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
        this.outbox = outbox;
    }

    public Mono<MedicalNecessityLetter> issue(String referralId) {
        return unitOfWork.execute(referral(referralId).flatMap(referral -> {
            if (referral.status() == ReferralStatus.REVOKED) {
                return Mono.error(new ReferralNotActiveException(referral.id(), referral.status(), "write a letter for"));
            }
            return patient(referral.memberId()).flatMap(patient -> issue(referral, patient));
        }));
    }

    private Mono<MedicalNecessityLetter> issue(Referral referral, Patient patient) {
        MedicalNecessityLetter letter = MedicalNecessityLetter.of("LMN-" + UUID.randomUUID(), referral, patient,
                titles::title, LocalDate.now(clock), validity);
        return letters.add(new MedicalNecessityLetters.IssuedLetter(letter.letterId(), letter.referralId(),
                        letter.memberId(), letter.issuedOn(), letter.validTo()))
                .then(outbox.append(issued(letter), null))
                .thenReturn(letter);
    }

    /** The latest letter of the referral; 404 when the referral or its letter does not exist. */
    public Mono<MedicalNecessityLetter> latest(String referralId) {
        return referral(referralId).flatMap(referral -> letters.latestOf(referralId)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("letter of medical necessity for referral",
                        referralId)))
                .flatMap(stored -> patient(referral.memberId()).map(patient -> MedicalNecessityLetter.of(
                        stored.letterId(), referral, patient, titles::title, stored.issuedOn(), stored.validTo(),
                        LocalDate.now(clock)))));
    }

    private Mono<Patient> patient(String memberId) {
        return patients.find(memberId).defaultIfEmpty(Patient.notOnFile(memberId));
    }

    private Mono<Referral> referral(String referralId) {
        return referrals.find(new ReferralId(referralId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("referral", referralId)));
    }

    private static MedicalNecessityLetterIssued issued(MedicalNecessityLetter letter) {
        List<String> codes = letter.diagnoses().stream().map(MedicalNecessityLetter.Diagnosis::code).toList();
        return new MedicalNecessityLetterIssued(letter.letterId(), letter.referralId(), letter.memberId(), codes,
                letter.issuedOn(), letter.validTo());
    }
}
