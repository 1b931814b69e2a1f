package org.medmassage.authorization.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.authorization.application.CountPlanYearVisits;
import org.medmassage.authorization.application.RememberCoverage;
import org.medmassage.events.benefit.AccumulatorsReversed;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * benefit.events: the coverage terms that say whether a visit needs a pre-authorization or a referral (MN-01), and the
 * visits used per plan year (CS-06) an approval must fit in.
 */
@Configuration
class BenefitEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> benefitEvents(InboxConsumers consumers, RememberCoverage rememberCoverage,
            CountPlanYearVisits planYearVisits, @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(CoverageActivated.class, (event, envelope) -> rememberCoverage.onCoverageActivated(event))
                .on(CostShareApplied.class, (event, envelope) -> planYearVisits.onCostShareApplied(event))
                .on(AccumulatorsReversed.class, (event, envelope) -> planYearVisits.onAccumulatorsReversed(event))
                .build());
    }
}
