package org.medmassage.notification.application;

import org.medmassage.notification.notice.Notification;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every notification stored, as a collection. */
public interface Notifications {

    /** Stores it unless a notification for the same source event exists; true when it was stored now. */
    Mono<Boolean> add(Notification notification);

    /** A member's notifications in the order they were stored, oldest first. */
    Flux<Notification> ofMember(String memberId);
}
