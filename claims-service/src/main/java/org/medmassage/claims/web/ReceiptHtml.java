package org.medmassage.claims.web;

import static org.medmassage.claims.web.EobHtml.escape;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.receipt.HsaFsaEligibility.LetterNamed;
import org.medmassage.claims.receipt.PaidVisit.PaidBy;
import org.medmassage.claims.receipt.Receipt;
import org.medmassage.claims.receipt.ReceiptProvider;

/**
 * The printable HSA/FSA receipt (ALT-02). As the EOB's page: every value HTML-escaped and only inline styles, which
 * is all the CSP allows ({@code default-src 'none'; style-src 'unsafe-inline'}); nothing external is loaded. Its cells,
 * amounts and dates are the printable Good Faith Estimate's too ({@link GoodFaithEstimateHtml}).
 */
final class ReceiptHtml {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    static final String NOT_ON_FILE = "not on file";
    static final String CELL = " style=\"border-bottom:1px solid #ccc;padding:.3em;text-align:right\"";
    static final String TEXT_CELL = " style=\"border-bottom:1px solid #ccc;padding:.3em;text-align:left\"";

    private ReceiptHtml() {
    }

    static String render(Receipt receipt) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Itemized receipt</title></head>
                <body style="font-family:sans-serif;max-width:60em;margin:2em auto;color:#111">
                <h1 style="font-size:1.4em">Itemized receipt for HSA/FSA</h1>
                %s
                <p>Claim %s &middot; Date of service <strong>%s</strong> &middot; Paid by %s</p>
                <h2 style="font-size:1.1em">Patient</h2>
                <p>%s &middot; Date of birth %s &middot; Member %s</p>
                <h2 style="font-size:1.1em">Provider</h2>
                <p>%s &middot; NPI %s &middot; Tax id %s<br>%s<br>Licence %s</p>
                <h2 style="font-size:1.1em">Services</h2>
                <table style="border-collapse:collapse;width:100%%;font-size:.9em"><thead><tr>
                <th%s>Service</th><th%s>Units</th><th%s>Charge</th><th%s>Paid by plan</th><th%s>Patient owes</th>
                </tr></thead><tbody>%s</tbody><tfoot>%s</tfoot></table>
                <p>Diagnosis: %s</p>
                <p>Amount charged %s &middot; Paid by the plan %s &middot; Discounts and amounts not owed %s</p>
                <p style="font-size:1.2em">Amount the patient owes: <strong>%s</strong></p>
                %s
                </body></html>
                """.formatted(eligibility(receipt), escape(receipt.claimId()), date(receipt.dateOfService()),
                paidBy(receipt.paidBy()),
                escape(receipt.patient().name()), orNotOnFile(date(receipt.patient().dateOfBirth())),
                escape(receipt.patient().memberId()),
                orNotOnFile(escape(receipt.provider().name())), escape(receipt.provider().npi()),
                orNotOnFile(escape(receipt.provider().taxId())), address(receipt.provider()), licence(receipt.provider()),
                TEXT_CELL, CELL, CELL, CELL, CELL, services(receipt), totals(receipt), diagnoses(receipt),
                money(receipt.amounts().charged()), money(receipt.amounts().paidByPlan()),
                money(receipt.amounts().notOwed()), money(receipt.amounts().patientOwes()), howToGetOne(receipt));
    }

    private static String eligibility(Receipt receipt) {
        String border = receipt.hsaFsa().eligible() ? "#070" : "#900";
        String mark = receipt.hsaFsa().eligible() ? "HSA/FSA-eligible" : "Not HSA/FSA-eligible";
        return "<p style=\"border:2px solid " + border + ";padding:.5em\"><strong>" + mark + "</strong>"
                + (receipt.hsaFsa().eligible() ? " &middot; eligible amount " + money(receipt.hsaFsa().eligibleAmount())
                : "") + "<br>" + escape(receipt.hsaFsa().statement()) + letter(receipt.hsaFsa().letter()) + "</p>";
    }

    private static String letter(LetterNamed letter) {
        if (letter == null) {
            return "";
        }
        return "<br><small>Letter of medical necessity " + escape(letter.letterId()) + " (referral "
                + escape(letter.referralId()) + "), issued " + date(letter.issuedOn()) + ", valid through "
                + date(letter.validTo()) + (letter.referralRevokedOn() == null ? ""
                : ", referral revoked " + date(letter.referralRevokedOn())) + "</small>";
    }

    private static String howToGetOne(Receipt receipt) {
        String how = receipt.hsaFsa().howToGetOne();
        return how == null ? "" : "<h2 style=\"font-size:1.1em\">How to make it HSA/FSA-eligible</h2><p>"
                + escape(how) + "</p>";
    }

    private static String services(Receipt receipt) {
        StringBuilder rows = new StringBuilder();
        for (Receipt.Service service : receipt.services()) {
            rows.append("<tr><td").append(TEXT_CELL).append(">CPT ").append(escape(service.procedureCode()));
            service.modifiers().forEach(modifier -> rows.append('-').append(escape(modifier)));
            rows.append(' ').append(escape(service.description())).append("</td><td").append(CELL).append('>')
                    .append(service.units()).append("</td>").append(cell(service.charge()))
                    .append(cell(service.paidByPlan())).append(cell(service.patientOwes())).append("</tr>");
        }
        return rows.toString();
    }

    private static String totals(Receipt receipt) {
        return "<tr style=\"font-weight:bold\"><td" + TEXT_CELL + ">Total</td><td" + CELL + "></td>"
                + cell(receipt.amounts().charged()) + cell(receipt.amounts().paidByPlan())
                + cell(receipt.amounts().patientOwes()) + "</tr>";
    }

    private static String diagnoses(Receipt receipt) {
        StringBuilder codes = new StringBuilder();
        receipt.diagnoses().forEach(diagnosis -> codes.append(codes.isEmpty() ? "" : "; ").append("<strong>")
                .append(escape(diagnosis.code())).append("</strong> ").append(escape(diagnosis.title())));
        return codes.toString();
    }

    private static String address(ReceiptProvider provider) {
        PracticeAddress address = provider.practiceAddress();
        return address == null ? "Practice address " + NOT_ON_FILE : escape(address.line1()) + ", "
                + escape(address.city()) + ", " + escape(address.state()) + " " + escape(address.postalCode());
    }

    private static String licence(ReceiptProvider provider) {
        return provider.licence() == null ? NOT_ON_FILE + " for the date of service"
                : escape(provider.licence().type()) + " " + escape(provider.licence().number()) + " ("
                        + escape(provider.licence().state()) + ")";
    }

    static String cell(BigDecimal amount) {
        return "<td" + CELL + ">" + money(amount) + "</td>";
    }

    private static String orNotOnFile(String text) {
        return text.isEmpty() ? NOT_ON_FILE : text;
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String paidBy(PaidBy paidBy) {
        return switch (paidBy) {
            case SELF_PAY -> "the patient (self-pay)";
            case WORKERS_COMP -> "the workers' compensation carrier";
            case HEALTH_PLAN -> "the health plan and the patient";
        };
    }
}
