package org.medmassage.referral.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.events.authorization.AuthApproved;
import org.medmassage.events.authorization.AuthPartiallyApproved;
import org.medmassage.events.authorization.VisitAuthorized;
import org.medmassage.events.authorization.VisitReleased;
import org.medmassage.referral.application.TrackSessionsUsed;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** authorization.events → sessions used per referral (MN-05); every other authorization event is ignored. */
@Configuration
class AuthorizationEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> authorizationEvents(InboxConsumers consumers, TrackSessionsUsed sessions,
                                                  @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(AuthApproved.class, (event, envelope) -> sessions.onAuthApproved(event))
                .on(AuthPartiallyApproved.class, (event, envelope) -> sessions.onAuthPartiallyApproved(event))
                .on(VisitAuthorized.class, (event, envelope) -> sessions.onVisitAuthorized(event))
                .on(VisitReleased.class, (event, envelope) -> sessions.onVisitReleased(event))
                .build());
    }
}
