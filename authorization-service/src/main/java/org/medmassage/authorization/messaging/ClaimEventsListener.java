package org.medmassage.authorization.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.authorization.application.AuthorizeVisit;
import org.medmassage.authorization.application.ReleaseVisit;
import org.medmassage.authorization.usage.ClaimRelease;
import org.medmassage.events.claim.ClaimAdjudicated;
import org.medmassage.events.claim.ClaimVoided;
import org.medmassage.events.claim.SessionBilled;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * claim.events: a billed session is checked against the authorizations; a denied or voided claim leaves its date's
 * visit, given back once no claim of that date stands.
 */
@Configuration
class ClaimEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> claimEvents(InboxConsumers consumers, AuthorizeVisit authorizeVisit,
            ReleaseVisit releaseVisit, @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(SessionBilled.class, (event, envelope) -> authorizeVisit.onSessionBilled(event, envelope.eventId()))
                // PA-04: only a denial can release a visit, so a paid claim costs no inbox row nor transaction here
                .on(ClaimAdjudicated.class, event -> ClaimRelease.leavesVisit(event.status()), (event, envelope) ->
                        releaseVisit.onClaimAdjudicated(event, envelope.eventId()))
                .on(ClaimVoided.class, (event, envelope) -> releaseVisit.onClaimVoided(event, envelope.eventId()))
                .build());
    }
}
