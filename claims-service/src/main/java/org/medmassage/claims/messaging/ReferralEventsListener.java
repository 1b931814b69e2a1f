package org.medmassage.claims.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.claims.application.RememberLetters;
import org.medmassage.events.referral.MedicalNecessityLetterIssued;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** referral.events: the letters of medical necessity and the revocations an HSA/FSA receipt is judged by (ALT-01). */
@Configuration
class ReferralEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> referralEvents(InboxConsumers consumers, RememberLetters rememberLetters,
            @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(MedicalNecessityLetterIssued.class, (event, envelope) -> rememberLetters.onLetterIssued(event))
                .on(ReferralRevoked.class, (event, envelope) ->
                        rememberLetters.onReferralRevoked(event, envelope.occurredAt()))
                .build());
    }
}
