package org.medmassage.claims.saga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmassage.claims.application.ForgetExpiredIdempotencyKeys;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.SessionBilled;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 item 1 (decision 0053): a POST /claims retried with the same Idempotency-Key answers the first claim, 202
 * with {@code Idempotent-Replayed: true}, however often and however concurrently it comes; the key with another claim
 * is a 422 naming the header; keys are the caller's own and expire after the window.
 */
class IdempotentIntakeIntegrationTest extends ClaimsServiceTest {

    @Autowired
    ForgetExpiredIdempotencyKeys forgetExpiredKeys;

    @Test
    void a_retried_post_with_the_same_key_answers_the_first_claim_and_creates_no_second() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String key = UUID.randomUUID().toString();

        ClaimsApi.Answer first = api.post(claim, key);
        ClaimsApi.Answer retry = api.post(claim, key);
        ClaimsApi.Answer again = api.post(claim, key);

        assertThat(first.claimId()).isEqualTo(retry.claimId()).isEqualTo(again.claimId());
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(again.replayed()).isTrue();
        assertThat(retry.headers().getLocation()).hasToString("/claims/" + first.claimId());
        assertThat(retry.body().get("status").asString()).isEqualTo("RECEIVED");
        assertOneClaimOf(member, first.claimId());
    }

    @Test
    void five_concurrent_retries_with_one_key_all_answer_one_claim() throws Exception {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String key = UUID.randomUUID().toString();

        List<ClaimsApi.Answer> answers = concurrently(5, () -> api.post(claim, key));

        List<String> ids = answers.stream().map(ClaimsApi.Answer::claimId).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(answers).filteredOn(answer -> !answer.replayed()).hasSize(1);
        assertOneClaimOf(member, ids.get(0));
    }

    @Test
    void the_same_key_with_another_claim_is_a_422_naming_the_header_and_stores_nothing() {
        String member = member();
        String key = UUID.randomUUID().toString();
        String claimId = api.post(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"), key).claimId();

        ClaimsApi.Answer other = api.post(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "125.00"), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(ClaimsApi.fields(other.body())).containsExactly("Idempotency-Key");
        assertThat(other.body().get("errors").get(0).get("rule").asString()).isEqualTo("IDEMPOTENCY");
        assertThat(other.body().get("errors").get(0).get("message").asString()).contains(key, "another claim");
        assertOneClaimOf(member, claimId);
    }

    @Test
    void two_providers_using_one_key_each_get_their_own_claim() {
        String otherNpi = "1003000126";
        api.registerProvider(otherNpi, "IN_NETWORK", Map.of("97124", "40.00"));
        String key = "visit-2026-03-10";
        String member = member();

        ClaimsApi.Answer mine = api.post(ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00"), key);
        ClaimsApi.Answer theirs = api.post(ClaimsApi.claim(member, "A123", otherNpi, DOS, "97124", 30, "120.00"), key);

        assertThat(theirs.claimId()).isNotEqualTo(mine.claimId());
        assertThat(theirs.replayed()).isFalse();
        assertThat(theirs.body().get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void a_blank_overlong_or_control_character_key_is_a_400_naming_the_header_and_stores_nothing() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");

        // a tab is the one control character an HTTP client lets through; the others never reach a service
        for (String key : List.of("x".repeat(256), "a\tb", "")) {
            ClaimsApi.Answer refused = api.post(claim, key);
            assertThat(refused.status()).as(key).isEqualTo(400);
            assertThat(ClaimsApi.fields(refused.body())).as(key).containsExactly("Idempotency-Key");
        }
        assertThat(api.post(claim, "x".repeat(255)).status()).isEqualTo(202);
        assertThat(claimsOf(member)).isEqualTo(1);
    }

    @Test
    void a_key_past_its_window_starts_a_new_claim_and_the_purge_forgets_it() {
        String member = member();
        Map<String, Object> claim = ClaimsApi.claim(member, "A123", NPI, DOS, "97124", 30, "120.00");
        String key = UUID.randomUUID().toString();
        String first = api.post(claim, key).claimId();
        db.sql("update idempotency_key set reserved_at = now() - interval '25 hours' where key = :key")
                .bind("key", key).fetch().rowsUpdated().block();

        ClaimsApi.Answer later = api.post(claim, key);

        // a new claim under the key; the same service again, so intake denies it as a duplicate (OA-18)
        assertThat(later.claimId()).isNotEqualTo(first);
        assertThat(later.replayed()).isFalse();
        assertThat(later.body().get("status").asString()).isEqualTo("DENIED");
        assertThat(api.post(claim, key).claimId()).isEqualTo(later.claimId());

        db.sql("update idempotency_key set reserved_at = now() - interval '25 hours' where key = :key")
                .bind("key", key).fetch().rowsUpdated().block();
        assertThat(forgetExpiredKeys.forget().block()).isPositive();
        assertThat(db.sql("select count(*) as n from idempotency_key where key = :key").bind("key", key)
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    private void assertOneClaimOf(String member, String claimId) {
        assertThat(claimsOf(member)).isEqualTo(1);
        assertThat(publishedSoFar(SessionBilled.class, event -> event.memberId().equals(member)))
                .extracting(SessionBilled::claimId).containsExactly(claimId);
        assertThat(publishedSoFar(ClaimAdjudicated.class, event -> event.memberId().equals(member))).isEmpty();
    }

    private long claimsOf(String member) {
        return db.sql("select count(*) as n from claim where member_id = :member").bind("member", member)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CyclicBarrier together = new CyclicBarrier(callers);
        try {
            List<Future<T>> calls = pool.invokeAll(IntStream.range(0, callers)
                    .mapToObj(i -> (Callable<T>) () -> {
                        together.await();
                        return call.call();
                    }).toList());
            List<T> answers = new ArrayList<>();
            for (Future<T> future : calls) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
