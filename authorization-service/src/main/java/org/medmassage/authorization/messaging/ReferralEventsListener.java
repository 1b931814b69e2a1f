package org.medmassage.authorization.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.authorization.application.DecidePendedAuthorizations;
import org.medmassage.events.referral.ReferralRecorded;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** referral.events: a recorded referral decides the requests pended for it; a revoked one denies them. */
@Configuration
class ReferralEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> referralEvents(InboxConsumers consumers, DecidePendedAuthorizations decidePended,
            @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(ReferralRecorded.class, (event, envelope) -> decidePended.onReferralRecorded(event, envelope.eventId()))
                .on(ReferralRevoked.class, (event, envelope) -> decidePended.onReferralRevoked(event, envelope.eventId()))
                .build());
    }
}
