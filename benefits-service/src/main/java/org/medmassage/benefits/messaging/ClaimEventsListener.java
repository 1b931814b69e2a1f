package org.medmassage.benefits.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.benefits.application.ApplyCostShare;
import org.medmassage.benefits.application.ReverseClaim;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.CostShareRequested;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** claim.events: CostShareRequested is benefits' part of the saga, ClaimVoided its compensation (CS-07); others ignored. */
@Configuration
class ClaimEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> claimEvents(InboxConsumers consumers, ApplyCostShare applyCostShare,
                                          ReverseClaim reverseClaim,
                                          @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(CostShareRequested.class, (event, envelope) ->
                        applyCostShare.onCostShareRequested(event, envelope.eventId()))
                .on(ClaimVoided.class, (event, envelope) ->
                        reverseClaim.onClaimVoided(event, envelope.eventId()))
                .build());
    }
}
