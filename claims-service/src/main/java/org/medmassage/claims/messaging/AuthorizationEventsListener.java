package org.medmassage.claims.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.claims.application.DenyClaim;
import org.medmassage.claims.application.StartCostShare;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitNotAuthorized;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** authorization.events: the answer to SessionBilled (saga steps 2–3). */
@Configuration
class AuthorizationEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> authorizationEvents(InboxConsumers consumers, StartCostShare startCostShare,
            DenyClaim denyClaim, @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(VisitAuthorized.class, (event, envelope) ->
                        startCostShare.onVisitAuthorized(event, envelope.eventId()))
                .on(VisitNotAuthorized.class, (event, envelope) ->
                        denyClaim.onVisitNotAuthorized(event, envelope.eventId()))
                .build());
    }
}
