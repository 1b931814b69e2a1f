package org.medmassage.notification.application;

import org.medmassage.notification.live.LiveNotifications;
import org.medmassage.notification.notice.Notification;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** What the portal shows a member: their history, and what arrives while they watch. */
@Service
public class ReadNotifications {

    private final Notifications notifications;
    private final LiveNotifications live;

    public ReadNotifications(Notifications notifications, LiveNotifications live) {
        this.notifications = notifications;
        this.live = live;
    }

    public Flux<Notification> history(String memberId) {
        return notifications.ofMember(memberId);
    }

    public Flux<Notification> live(String memberId) {
        return live.of(memberId);
    }
}
