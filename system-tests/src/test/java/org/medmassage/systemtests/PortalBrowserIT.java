package org.medmassage.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medmassage.systemtests.Remittances.assertMoney;
import static org.medmassage.systemtests.WorkedExampleFixture.PATIENCE;
import static org.medmassage.systemtests.WorkedExampleFixture.line;
import static org.medmassage.systemtests.WorkedExampleFixture.standardPlan;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The member's portal (issue 16 items 1-2) in a real browser against the system running as processes: the story's
 * member M-1001 signs in at the issuer with the authorization code flow and PKCE, sees the referral and the
 * authorization on the timeline, and sees the clinic's claim of the first session (ClaimJourneyIT's: 97124 for 30
 * minutes billed $120.00, allowed $80.00, all of it to the deductible) arrive without reloading the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    private static final String MEMBER = "M-1001";
    /** The story's clinic, in network at $40.00 per unit of 97124 (ClaimJourneyIT). */
    private static final String PROVIDER = "1245319599";

    private SystemUnderTest system;
    private WorkedExampleFixture story;
    private String authorizationNumber;

    @BeforeAll
    void startTheSystemWithTheStorysMemberReferredAndAuthorized() throws Exception {
        system = new SystemUnderTest().start();
        story = new WorkedExampleFixture(system);
        story.plan("GOLD-PPO", standardPlan(true));
        story.cover(MEMBER, "GOLD-PPO");
        new Api().as(system.issuerUri(), "admin", null, null).put(system.baseUrl("claims-service") + "/providers/"
                + PROVIDER, """
                {"name":"Lakeside Medical Massage","network":"IN_NETWORK","rates":{"97124":40.00,"97140":38.00}}
                """).requireStatus(200);
        String referral = story.refer(MEMBER, "2026-03-02", 12, 6);
        JsonNode authorization = story.authorize(MEMBER, referral, PROVIDER, List.of("97124", "97140"), 12,
                "2026-03-02");
        assertThat(authorization.get("status").asText()).isEqualTo("APPROVED");
        authorizationNumber = authorization.get("authorizationNumber").asText();
        // the referral and the approval have reached the member's notifications: the timeline has both to show
        Api member = new Api().as(system.issuerUri(), "member", MEMBER, null);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(member.get(
                system.baseUrl("notification-service") + "/members/" + MEMBER + "/notifications").requireStatus(200))
                .hasSize(2));
    }

    @AfterAll
    void stopTheSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void the_signed_in_member_sees_the_new_claim_and_the_deductible_change_without_reloading() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(system.baseUrl("notification-service") + "/portal/");
            browser.await("button#sign-in").click();

            // the issuer's sign-in page: the username is the member id
            browser.await("input[name=username]").sendKeys(MEMBER);
            assertThat(browser.currentUrl()).startsWith(system.issuerUri() + "/authorize");
            Path signInShot = browser.screenshot("portal-sign-in");
            browser.find("input[type=submit]").click();

            browser.until("#live-status to read Live",
                    page -> browser.find("#live-status").getText().strip().equals("Live"));
            assertThat(browser.currentUrl()).startsWith(system.baseUrl("notification-service") + "/portal/");
            assertThat(browser.await("#member-id").getText()).contains(MEMBER);
            browser.until("the referral and the approval on the timeline",
                    page -> eventTypes(browser).containsAll(List.of("ReferralRecorded", "AuthApproved")));
            browser.until("no visit used of 20, 12 authorized left, $0.00 of the deductible met", page ->
                    showsCount(browser, "#visits-used", 0) && showsCount(browser, "#visit-limit", 20)
                            && showsCount(browser, "#authorized-visits-left", 12)
                            && showsAmount(browser, "#deductible-met", "0.00"));
            String deductibleBefore = browser.find("#deductible-remaining").getText();
            assertThat(browser.findAll("ul#claims > li")).isEmpty();

            String claimId = story.submit(MEMBER, PROVIDER, authorizationNumber, "2026-03-10",
                    List.of(line("97124", 30, "120.00", "GP")));

            // the same page, not reloaded: the claim arrives over the event stream, $80.00 allowed, all deductible
            String claim = "ul#claims > li[data-claim-id='" + claimId + "']";
            browser.await(claim);
            browser.until("the claim Paid, $80.00 owed", page -> showsAmount(browser, claim + " .claim-owed", "80.00")
                    && browser.find(claim + " .claim-status").getText().strip().equalsIgnoreCase("Paid"));
            browser.until("$420.00 of the deductible remaining, $80.00 met, $2,920.00 out of pocket remaining, "
                    + "1 visit used, 11 authorized left", page -> showsAmount(browser, "#deductible-remaining", "420.00")
                    && showsAmount(browser, "#deductible-met", "80.00")
                    && showsAmount(browser, "#oop-remaining", "2920.00")
                    && showsCount(browser, "#visits-used", 1) && showsCount(browser, "#authorized-visits-left", 11));
            assertThat(browser.find("#deductible-remaining").getText()).isNotEqualTo(deductibleBefore);
            assertThat(browser.find(claim + " a.eob").getDomAttribute("href"))
                    .isEqualTo(system.baseUrl("claims-service") + "/claims/" + claimId + "/eob");
            browser.until("the adjudication on the timeline", page -> eventTypes(browser).contains("ClaimAdjudicated"));
            Path liveShot = browser.screenshot("portal-live-timeline");

            // what the page shows is what the services hold
            JsonNode benefits = story.benefitsOf(MEMBER, "2026-03-10");
            assertMoney(benefits.get("inNetwork"), "deductibleRemaining", "420.00");
            assertThat(benefits.get("visits").get("used").asInt()).isEqualTo(1);
            assertThat(signInShot).isNotEmptyFile();
            assertThat(liveShot).isNotEmptyFile();
            System.out.printf("portal screenshots: %s, %s%n", signInShot, liveShot);
        }
    }

    private static List<String> eventTypes(Browser browser) {
        return browser.findAll("ol#timeline > li").stream().map(li -> li.getDomAttribute("data-event-type")).toList();
    }

    /** Whether the element shows {@code amount}, e.g. "$2,920.00" for 2920.00; "–" shows none. */
    private static boolean showsAmount(Browser browser, String cssSelector, String amount) {
        Matcher shown = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?").matcher(browser.find(cssSelector).getText());
        return shown.find() && new BigDecimal(shown.group().replace(",", "")).compareTo(new BigDecimal(amount)) == 0;
    }

    /** Whether the element's first whole number is {@code count}, e.g. 1 of "1 of 20". */
    private static boolean showsCount(Browser browser, String cssSelector, int count) {
        Matcher shown = Pattern.compile("[0-9]+").matcher(browser.find(cssSelector).getText());
        return shown.find() && Integer.parseInt(shown.group()) == count;
    }
}
