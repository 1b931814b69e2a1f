package org.medmassage.referral.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.medmassage.referral.letter.LetterStatus;
import org.medmassage.referral.letter.MedicalNecessityLetter;

/**
 * The printable rendering of a letter of medical necessity (ALT-01). Every value is HTML-escaped: names come from the
 * prescriber's office and may hold any character.
 */
final class LetterHtml {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private LetterHtml() {
    }

    static String render(MedicalNecessityLetter letter) {
        StringBuilder diagnoses = new StringBuilder();
        letter.diagnoses().forEach(diagnosis -> diagnoses.append("<li><strong>").append(escape(diagnosis.code()))
                .append("</strong> ").append(escape(diagnosis.title())).append("</li>"));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Letter of Medical Necessity</title>
                <style>body{font-family:serif;max-width:42em;margin:2em auto}h1{font-size:1.4em}
                @media print{body{margin:0}}</style></head><body>
                <h1>Letter of Medical Necessity</h1>
                %s
                <p>Date: %s &middot; Letter %s &middot; Valid through %s</p>
                <p>Patient: <strong>%s</strong> &middot; Date of birth %s &middot; Member ID %s</p>
                <h2>Diagnosis</h2><ul>%s</ul>
                <h2>Recommended treatment</h2><p>%s</p>
                <p>Frequency and duration: %s.</p>
                <h2>Prescriber</h2>
                <p>%s, %s &middot; NPI %s &middot; referral written %s (referral %s)</p>
                <p>Signature: ______________________________</p>
                </body></html>
                """.formatted(status(letter), date(letter.issuedOn()), escape(letter.letterId()), date(letter.validTo()),
                escape(letter.patient().name()),
                letter.patient().dateOfBirth() == null ? "not on file" : date(letter.patient().dateOfBirth()),
                escape(letter.memberId()), diagnoses, escape(letter.recommendation()),
                escape(letter.frequencyAndDuration()), escape(letter.prescriber().name()),
                escape(letter.prescriber().type()), escape(letter.prescriber().npi()), date(letter.referralWrittenOn()),
                escape(letter.referralId()));
    }

    // ALT-01: a letter whose referral was revoked, or past its last day, says so above everything else
    private static String status(MedicalNecessityLetter letter) {
        if (letter.status() == LetterStatus.VALID) {
            return "";
        }
        return "<p style=\"border:2px solid #900;padding:.5em\"><strong>" + letter.status().name()
                + ": this letter is not valid.</strong> " + escape(letter.statusReason()) + "</p>";
    }

    private static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
