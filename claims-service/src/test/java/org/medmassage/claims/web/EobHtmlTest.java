package org.medmassage.claims.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.explanation.ExplanationOfBenefits;
import org.medmassage.claims.explanation.WorkedExamples;

class EobHtmlTest {

    private static final LocalDate PROCESSED = LocalDate.of(2026, 3, 12);

    @Test
    void prints_each_service_in_words_the_amounts_and_what_the_member_owes() {
        String html = EobHtml.render(ExplanationOfBenefits.of(WorkedExamples.example1(), "Calm Hands Massage",
                PROCESSED));

        assertThat(html).contains("Explanation of Benefits", "This is not a bill.", "March 10, 2026",
                "March 12, 2026", "Calm Hands Massage", "NPI " + WorkedExamples.NPI,
                "Massage therapy, 15-minute units", "$180.00", "$78.00", "$41.60", "$50.00", "$10.40",
                "You owe: <strong>$60.40</strong>", "<dt style=\"font-weight:bold\">CO-45</dt>");
        assertThat(html).doesNotContain("What you can do next");
    }

    @Test
    void a_denial_prints_the_reason_and_what_to_do_next() {
        String html = EobHtml.render(ExplanationOfBenefits.of(WorkedExamples.example6a(), "Calm Hands Massage",
                PROCESSED));

        assertThat(html).contains("Reason: CO-197: no authorization on file", "What you can do next",
                "you can appeal within 180 days", "You owe: <strong>$0.00</strong>", "M62");
    }

    @Test
    void escapes_every_value_so_a_name_cannot_inject_markup() {
        String html = EobHtml.render(ExplanationOfBenefits.of(WorkedExamples.example1(),
                "<script>alert('x')</script> & Sons \"Massage\"", PROCESSED));

        assertThat(html).doesNotContain("<script>").contains(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons &quot;Massage&quot;");
    }

    @Test
    void loads_nothing_the_content_security_policy_would_block() {
        String html = EobHtml.render(ExplanationOfBenefits.of(WorkedExamples.example6a(), null, PROCESSED));

        assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "url(").contains("not on file");
    }
}
