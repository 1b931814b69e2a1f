package org.medmassage.claims.web;

import static org.medmassage.claims.web.EobHtml.escape;
import static org.medmassage.claims.web.ReceiptHtml.CELL;
import static org.medmassage.claims.web.ReceiptHtml.TEXT_CELL;
import static org.medmassage.claims.web.ReceiptHtml.cell;
import static org.medmassage.claims.web.ReceiptHtml.date;
import static org.medmassage.claims.web.ReceiptHtml.money;

import java.math.BigDecimal;
import org.medmassage.claims.credentials.PracticeAddress;
import org.medmassage.claims.estimate.BilledVisit;
import org.medmassage.claims.estimate.EstimatedService;
import org.medmassage.claims.estimate.FinalBill;

/**
 * The printable Good Faith Estimate (ALT-04), for the patient to keep: as the receipt's page, every value
 * HTML-escaped and only inline styles (the CSP allows nothing else), nothing external loaded.
 */
final class GoodFaithEstimateHtml {

    private static final String NONE = "&mdash;";

    private GoodFaithEstimateHtml() {
    }

    static String render(GoodFaithEstimateResponse estimate) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Good Faith Estimate</title></head>
                <body style="font-family:sans-serif;max-width:60em;margin:2em auto;color:#111">
                <h1 style="font-size:1.4em">Good Faith Estimate</h1>
                <p>Estimate %s &middot; Issued <strong>%s</strong> &middot; %s &middot; Due by %s (%s)</p>
                <h2 style="font-size:1.1em">Patient</h2>
                <p>%s &middot; Date of birth %s &middot; Member %s</p>
                <h2 style="font-size:1.1em">Provider</h2>
                <p>%s &middot; NPI %s &middot; Tax id %s<br>%s</p>
                <h2 style="font-size:1.1em">Scheduled sessions</h2>
                <p>%s</p>
                <h2 style="font-size:1.1em">Expected charges</h2>
                <table style="border-collapse:collapse;width:100%%;font-size:.9em"><thead><tr>
                <th%s>Service</th><th%s>Units per session</th><th%s>Sessions</th><th%s>Cash rate per unit</th>
                <th%s>Usual charge</th><th%s>Self-pay discount</th><th%s>Expected charge</th>
                </tr></thead><tbody>%s</tbody><tfoot>%s</tfoot></table>
                <p>Diagnosis: %s</p>
                <p style="font-size:1.2em">Total expected charges: <strong>%s</strong></p>
                %s
                <h2 style="font-size:1.1em">Disclaimers</h2>
                <ul>%s</ul>
                </body></html>
                """.formatted(escape(estimate.estimateId()), date(estimate.issuedOn()),
                estimate.issuedOnTime() ? "on time" : "<strong>late</strong>", date(estimate.dueBy()),
                escape(estimate.dueRuleDescription()),
                escape(estimate.patient().name()), date(estimate.patient().dateOfBirth()),
                escape(estimate.patient().memberId()),
                escape(estimate.provider().name()), escape(estimate.provider().npi()),
                escape(estimate.provider().taxId()), address(estimate.provider().practiceAddress()),
                sessions(estimate), TEXT_CELL, CELL, CELL, CELL, CELL, CELL, CELL, services(estimate),
                totals(estimate), diagnoses(estimate), money(estimate.expectedTotal()), finalBill(estimate),
                disclaimers(estimate));
    }

    private static String sessions(GoodFaithEstimateResponse estimate) {
        StringBuilder dates = new StringBuilder();
        estimate.scheduledDates().forEach(day -> dates.append(dates.isEmpty() ? "" : "; ").append(date(day)));
        return estimate.scheduledDates().size() + " planned: " + dates;
    }

    private static String services(GoodFaithEstimateResponse estimate) {
        StringBuilder rows = new StringBuilder();
        for (EstimatedService service : estimate.services()) {
            rows.append("<tr><td").append(TEXT_CELL).append(">CPT ").append(escape(service.procedureCode()))
                    .append(' ').append(escape(service.description())).append("</td><td").append(CELL).append('>')
                    .append(service.unitsPerSession()).append("</td><td").append(CELL).append('>')
                    .append(service.sessions()).append("</td>").append(cell(service.cashRatePerUnit()))
                    .append(orNone(service.usualCharge())).append(orNone(service.selfPayDiscount()))
                    .append(cell(service.expectedCharge())).append("</tr>");
        }
        return rows.toString();
    }

    private static String totals(GoodFaithEstimateResponse estimate) {
        return "<tr style=\"font-weight:bold\"><td" + TEXT_CELL + ">Total</td><td" + CELL + "></td><td" + CELL
                + "></td><td" + CELL + "></td><td" + CELL + "></td>" + orNone(estimate.selfPayDiscount())
                + cell(estimate.expectedTotal()) + "</tr>";
    }

    private static String orNone(BigDecimal amount) {
        return amount == null ? "<td" + CELL + ">" + NONE + "</td>" : cell(amount);
    }

    private static String diagnoses(GoodFaithEstimateResponse estimate) {
        return estimate.diagnosisCodes().isEmpty() ? "none given"
                : escape(String.join(", ", estimate.diagnosisCodes()));
    }

    private static String finalBill(GoodFaithEstimateResponse estimate) {
        FinalBill bill = estimate.finalBill();
        if (bill.visits().isEmpty()) {
            return "<p>Nothing has been billed for these dates yet.</p>";
        }
        StringBuilder visits = new StringBuilder();
        for (BilledVisit visit : bill.visits()) {
            visits.append("<li>").append(date(visit.dateOfService())).append(": ").append(money(visit.patientOwes()))
                    .append(" (claim ").append(escape(visit.claimId())).append(", billed ")
                    .append(date(visit.billedOn())).append(")</li>");
        }
        String dispute = bill.disputeEligible()
                ? "<p style=\"border:2px solid #900;padding:.5em\"><strong>You may dispute this bill</strong>: it is "
                        + money(bill.exceedsEstimateBy()) + " above this estimate. Start patient-provider dispute"
                        + " resolution by " + date(bill.disputeWindowEndsOn()) + ".</p>"
                : "";
        return "<h2 style=\"font-size:1.1em\">Billed so far</h2><ul>" + visits + "</ul><p>Billed in all "
                + money(bill.billedTotal()) + " &middot; Difference from this estimate "
                + money(bill.exceedsEstimateBy()) + "</p>" + dispute;
    }

    private static String disclaimers(GoodFaithEstimateResponse estimate) {
        StringBuilder items = new StringBuilder();
        estimate.disclaimers().forEach(text -> items.append("<li>").append(escape(text)).append("</li>"));
        return items.toString();
    }

    private static String address(PracticeAddress address) {
        return escape(address.line1()) + ", " + escape(address.city()) + ", " + escape(address.state()) + " "
                + escape(address.postalCode());
    }
}
