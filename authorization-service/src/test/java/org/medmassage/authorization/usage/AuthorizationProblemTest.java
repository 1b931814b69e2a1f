package org.medmassage.authorization.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizationProblemTest {

    // PA-03's steps in order: on file, the cited number, the window, the service, the provider, visits left
    private static final List<AuthorizationProblem> MATCH_ORDER = List.of(AuthorizationProblem.ABSENT,
            AuthorizationProblem.WRONG_NUMBER, AuthorizationProblem.OUTSIDE_WINDOW,
            AuthorizationProblem.SERVICE_NOT_AUTHORIZED, AuthorizationProblem.OTHER_PROVIDER,
            AuthorizationProblem.EXHAUSTED);

    @Test
    void a_problem_found_later_in_the_PA_03_match_is_the_more_specific_answer() {
        for (int later = 0; later < MATCH_ORDER.size(); later++) {
            for (int earlier = 0; earlier < MATCH_ORDER.size(); earlier++) {
                assertThat(MATCH_ORDER.get(later).gotFurtherThan(MATCH_ORDER.get(earlier)))
                        .as("%s after %s", MATCH_ORDER.get(later), MATCH_ORDER.get(earlier))
                        .isEqualTo(later > earlier);
            }
        }
        assertThat(MATCH_ORDER).containsExactlyInAnyOrder(AuthorizationProblem.values());
    }
}
