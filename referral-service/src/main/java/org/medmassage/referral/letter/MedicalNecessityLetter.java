package org.medmassage.referral.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import org.medmassage.referral.prescription.Prescriber;
import org.medmassage.referral.prescription.Referral;

/**
 * A letter of medical necessity for HSA/FSA substantiation (ALT-01): the patient by name and date of birth, each
 * diagnosis with its code and words, that massage is recommended to treat it, frequency and duration, the prescriber
 * and the date. IRS Pub 502 excludes massage "merely beneficial to general health", so the letter ties the service to
 * the diagnosed condition. {@code status}: VALID, EXPIRED or REVOKED with its referral ({@code statusReason}).
 */
public record MedicalNecessityLetter(
        String letterId,
        String referralId,
        String memberId,
        Patient patient,
        LetterStatus status,
        String statusReason,
        List<Diagnosis> diagnoses,
        String recommendation,
        String frequencyAndDuration,
        Prescriber prescriber,
        LocalDate referralWrittenOn,
        LocalDate issuedOn,
        LocalDate validTo) {

    /** An ICD-10-CM code with the dot (DX-06) and its title, or a plain note when the title is not on file. */
    public record Diagnosis(String code, String title) {
    }

    static final String TITLE_NOT_ON_FILE = "(title not on file: see ICD-10-CM)";

    public MedicalNecessityLetter {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(status, "status");
        diagnoses = List.copyOf(diagnoses);
        if (validTo.isBefore(issuedOn)) {
            throw new IllegalArgumentException("a letter is valid from the day it is issued");
        }
    }

    /**
     * The letter for {@code referral} naming {@code patient}, issued on {@code issuedOn} and valid {@code validity}
     * (ALT-01: ≤ 12 months).
     */
    public static MedicalNecessityLetter of(String letterId, Referral referral, Patient patient,
                                            Function<String, Optional<String>> titles, LocalDate issuedOn,
                                            LetterValidity validity) {
        return of(letterId, referral, patient, titles, issuedOn, validity.lastDay(issuedOn), issuedOn);
    }

    /** A letter already issued, rendered again from its referral as it stands on {@code today}. */
    public static MedicalNecessityLetter of(String letterId, Referral referral, Patient patient,
                                            Function<String, Optional<String>> titles, LocalDate issuedOn,
                                            LocalDate validTo, LocalDate today) {
        List<Diagnosis> diagnoses = referral.diagnosisCodes().stream()
                .map(code -> new Diagnosis(code, titles.apply(code).orElse(TITLE_NOT_ON_FILE)))
                .toList();
        LetterStatus status = LetterStatus.of(referral, validTo, today);
        return new MedicalNecessityLetter(letterId, referral.id().value(), referral.memberId(), patient, status,
                LetterStatus.reason(status, referral, validTo), diagnoses, recommendation(referral),
                frequencyAndDuration(referral), referral.prescriber(), referral.issuedOn(), issuedOn, validTo);
    }

    private static String recommendation(Referral referral) {
        return "Therapeutic massage (" + String.join(", ", referral.procedureCodes().stream()
                .map(MedicalNecessityLetter::serviceWords).toList()) + ") is medically necessary and recommended to treat "
                + "the diagnosed condition" + (referral.diagnosisCodes().size() > 1 ? "s" : "")
                + " above; it is not for general health, relaxation or stress relief.";
    }

    private static String serviceWords(String cpt) {
        return switch (cpt) {
            case "97124" -> "CPT 97124 massage therapy";
            case "97140" -> "CPT 97140 manual therapy";
            default -> "CPT " + cpt;
        };
    }

    // MN-04/MN-05: the order is both a session count and a duration; the weekly frequency follows from them.
    private static String frequencyAndDuration(Referral referral) {
        int weeks = referral.durationWeeks();
        long perWeek = Math.max(1, Math.round((double) referral.sessions() / weeks));
        return referral.sessions() + " session" + (referral.sessions() == 1 ? "" : "s") + " over " + weeks + " week"
                + (weeks == 1 ? "" : "s") + " (about " + perWeek + " a week), from " + referral.window().validFrom()
                + " to " + referral.window().validTo();
    }
}
