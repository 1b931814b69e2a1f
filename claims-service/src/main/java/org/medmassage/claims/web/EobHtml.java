package org.medmassage.claims.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.medmassage.claims.era.PaymentDay;
import org.medmassage.claims.explanation.EobAmounts;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.explanation.ExplanationOfBenefits.Service;
import org.medmassage.claims.explanation.WayForward;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable explanation of benefits. Every value is HTML-escaped (a provider's name or a denial reason may hold
 * any character) and the page styles itself inline: the CSP allows nothing else ({@code default-src 'none';
 * style-src 'unsafe-inline'}).
 */
final class EobHtml {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final String CELL = " style=\"border-bottom:1px solid #ccc;padding:.3em;text-align:right\"";
    private static final String TEXT_CELL = " style=\"border-bottom:1px solid #ccc;padding:.3em;text-align:left\"";
    private static final List<Column> COLUMNS = List.of(
            new Column("Billed", EobAmounts::billed),
            new Column("Plan discount", EobAmounts::planDiscount),
            new Column("Not billable to you", EobAmounts::notBillableToYou),
            new Column("Plan paid", EobAmounts::planPaid),
            new Column("Applied to deductible", EobAmounts::appliedToDeductible),
            new Column("Copay", EobAmounts::copay),
            new Column("Coinsurance", EobAmounts::coinsurance),
            new Column("You owe", EobAmounts::youOwe));

    private record Column(String title, Function<EobAmounts, BigDecimal> amount) {
    }

    private EobHtml() {
    }

    static String render(ExplanationOfBenefits eob) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Explanation of Benefits</title></head>
                <body style="font-family:sans-serif;max-width:60em;margin:2em auto;color:#111">
                <h1 style="font-size:1.4em">Explanation of Benefits</h1>
                <p style="font-weight:bold">This is not a bill.</p>
                <p>Claim %s &middot; Member %s &middot; Date of service %s &middot; Processed %s &middot; Status %s</p>
                <p>Provider: %s &middot; NPI %s</p>
                <p>%s</p>
                %s
                <table style="border-collapse:collapse;width:100%%;font-size:.9em"><thead><tr>%s</tr></thead>
                <tbody>%s</tbody><tfoot>%s</tfoot></table>
                <p style="font-size:1.2em">You owe: <strong>%s</strong></p>
                %s
                %s
                <h2 style="font-size:1.1em">What the codes mean</h2><dl>%s</dl>
                %s
                </body></html>
                """.formatted(escape(eob.claimId()), escape(eob.memberId()), date(eob.dateOfService()),
                date(eob.processedOn()), escape(eob.status()),
                eob.provider().name() == null ? "not on file" : escape(eob.provider().name()),
                escape(eob.provider().npi()), escape(eob.paidBy().statement()), voided(eob), header(), services(eob.services()), totals(eob.totals()),
                money(eob.totals().youOwe()), denialReason(eob), wayForward(eob.wayForward()), codes(eob),
                nextSteps(eob.nextSteps()));
    }

    private static String header() {
        StringBuilder cells = new StringBuilder("<th" + TEXT_CELL + ">Service</th><th" + TEXT_CELL + ">Codes</th>");
        COLUMNS.forEach(column -> cells.append("<th").append(CELL).append('>').append(column.title()).append("</th>"));
        return cells.toString();
    }

    private static String services(List<Service> services) {
        StringBuilder rows = new StringBuilder();
        for (Service service : services) {
            rows.append("<tr><td").append(TEXT_CELL).append('>').append(escape(service.description()))
                    .append("<br><small>").append(escape(service.procedureCode()));
            service.modifiers().forEach(modifier -> rows.append('-').append(escape(modifier)));
            rows.append(" &times; ").append(service.units()).append(service.denied() ? " &middot; denied" : "")
                    .append("</small></td><td").append(TEXT_CELL).append('>')
                    .append(escape(String.join(", ", service.codes()))).append("</td>")
                    .append(amounts(service.amounts())).append("</tr>");
        }
        return rows.toString();
    }

    private static String totals(EobAmounts totals) {
        return "<tr style=\"font-weight:bold\"><td" + TEXT_CELL + ">Total</td><td" + TEXT_CELL + "></td>"
                + amounts(totals) + "</tr>";
    }

    private static String amounts(EobAmounts amounts) {
        StringBuilder cells = new StringBuilder();
        COLUMNS.forEach(column -> cells.append("<td").append(CELL).append('>')
                .append(money(column.amount().apply(amounts))).append("</td>"));
        return cells.toString();
    }

    private static String codes(ExplanationOfBenefits eob) {
        StringBuilder codes = new StringBuilder();
        eob.codes().forEach(code -> codes.append("<dt style=\"font-weight:bold\">").append(escape(code.code()))
                .append("</dt><dd>").append(escape(code.explanation())).append("</dd>"));
        return codes.toString();
    }

    private static String denialReason(ExplanationOfBenefits eob) {
        return eob.denialReason() == null ? "" : "<p>Reason: " + escape(eob.denialReason()) + "</p>";
    }

    private static String wayForward(List<WayForward.Option> options) {
        if (options.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<h2 style=\"font-size:1.1em\">Other ways to pay for this visit</h2><ul>");
        options.forEach(option -> list.append("<li>").append(escape(option.statement())).append("</li>"));
        return list.append("</ul>").toString();
    }

    private static String nextSteps(List<String> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("<h2 style=\"font-size:1.1em\">What you can do next</h2><ul>");
        steps.forEach(step -> list.append("<li>").append(escape(step)).append("</li>"));
        return list.append("</ul>").toString();
    }

    private static String voided(ExplanationOfBenefits eob) {
        if (eob.voided() == null) {
            return "";
        }
        return "<p style=\"border:1px solid #900;padding:.5em\">This claim was cancelled on "
                + date(PaymentDay.of(eob.voided().at())) + ": " + escape(eob.voided().reason())
                + ". The amounts below were decided and then reversed.</p>";
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
