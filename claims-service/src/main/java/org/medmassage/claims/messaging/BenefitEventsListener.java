package org.medmassage.claims.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.claims.application.AdjudicateClaim;
import org.medmassage.claims.application.DenyClaim;
import org.medmassage.claims.application.DenyOverVisitLimit;
import org.medmassage.claims.application.RememberCoverage;
import org.medmassage.claims.application.RememberPatients;
import org.medmassage.events.benefit.BenefitLimitReached;
import org.medmassage.events.benefit.CostShareApplied;
import org.medmassage.events.benefit.CostShareDenied;
import org.medmassage.events.benefit.CoverageActivated;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * benefit.events: the answer to CostShareRequested (saga steps 4–5), the coverage terms intake uses, and the member's
 * name and date of birth a receipt prints (decision 0071).
 */
@Configuration
class BenefitEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> benefitEvents(InboxConsumers consumers, AdjudicateClaim adjudicateClaim,
            DenyOverVisitLimit denyOverVisitLimit, DenyClaim denyClaim, RememberCoverage rememberCoverage,
            RememberPatients rememberPatients, @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(CostShareApplied.class, (event, envelope) ->
                        adjudicateClaim.onCostShareApplied(event, envelope.eventId()))
                .on(BenefitLimitReached.class, (event, envelope) ->
                        denyOverVisitLimit.onBenefitLimitReached(event, envelope.eventId()))
                .on(CostShareDenied.class, (event, envelope) ->
                        denyClaim.onCostShareDenied(event, envelope.eventId()))
                .on(CoverageActivated.class, (event, envelope) -> rememberCoverage.onCoverageActivated(event))
                .on(MemberRegistered.class, (event, envelope) -> rememberPatients.onMemberRegistered(event))
                .build());
    }
}
