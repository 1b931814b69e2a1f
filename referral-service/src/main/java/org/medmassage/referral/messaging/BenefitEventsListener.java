package org.medmassage.referral.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.events.benefit.MemberRegistered;
import org.medmassage.referral.application.RememberPatients;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** benefit.events → the patient's name and date of birth a letter states (ALT-01); every other event is ignored. */
@Configuration
class BenefitEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> benefitEvents(InboxConsumers consumers, RememberPatients patients,
                                            @Value("${spring.application.name}") String consumerName) {
        return consumers.consumer(consumerName, EventHandlers.builder()
                .on(MemberRegistered.class, (event, envelope) -> patients.onMemberRegistered(event))
                .build());
    }
}
