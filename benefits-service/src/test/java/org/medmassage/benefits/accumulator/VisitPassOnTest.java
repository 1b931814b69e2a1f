package org.medmassage.benefits.accumulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CS-06: 1 visit per DOS per member per benefit group, whatever the number of claims; CS-07: a voided claim's rows are
 * reversed. So voiding the claim that counted a date gives the visit back only when no other claim of that date stands.
 */
class VisitPassOnTest {

    private static final LocalDate MAR_10 = LocalDate.parse("2026-03-10");
    private static final LocalDate MAR_11 = LocalDate.parse("2026-03-11");
    private static final VisitPosting C1_ON_MAR_10 = new VisitPosting("C-1", MAR_10);

    static Stream<Arguments> releases() {
        return Stream.of(
                Arguments.of("CS-07 the only claim of the date voided gives its visit back",
                        List.of(), new VisitRelease.GivenBack(MAR_10), 1),
                Arguments.of("CS-06 a second claim of the date still stands: the visit passes to it, none given back",
                        List.of(posting("C-2", MAR_10)), passedTo("C-2"), 0),
                Arguments.of("CS-06 of several claims standing on the date the first applied takes the visit",
                        List.of(posting("C-2", MAR_10), posting("C-3", MAR_10)), passedTo("C-2"), 0),
                Arguments.of("CS-06 a claim of another date counts its own visit: this one is given back",
                        List.of(posting("C-2", MAR_11)), new VisitRelease.GivenBack(MAR_10), 1),
                Arguments.of("CS-07 the voided claim itself never takes its visit over",
                        List.of(C1_ON_MAR_10), new VisitRelease.GivenBack(MAR_10), 1),
                Arguments.of("CS-06 the voided claim listed first, a second claim of the date still takes it",
                        List.of(C1_ON_MAR_10, posting("C-3", MAR_10)), passedTo("C-3"), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void voiding_the_claim_that_counted_a_date(String behaviour, List<VisitPosting> standing, VisitRelease expected,
            int visitsGivenBack) {
        VisitRelease release = VisitPassOn.release(C1_ON_MAR_10, standing);

        assertThat(release).isEqualTo(expected);
        assertThat(release.visitsGivenBack()).isEqualTo(visitsGivenBack);
        assertThat(release.dateOfService()).isEqualTo(MAR_10);
    }

    private static VisitPosting posting(String claimId, LocalDate dateOfService) {
        return new VisitPosting(claimId, dateOfService);
    }

    private static VisitRelease passedTo(String claimId) {
        return new VisitRelease.PassedOn(posting(claimId, MAR_10));
    }
}
