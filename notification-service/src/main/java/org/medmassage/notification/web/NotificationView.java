package org.medmassage.notification.web;

import java.time.Instant;
import org.medmassage.notification.notice.Notification;

/** A notification as the portal reads it (PLAN: notification REST contract). */
record NotificationView(
        String notificationId,
        String memberId,
        String category,
        String title,
        String message,
        String sourceEventType,
        Instant occurredAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id().toString(), notification.memberId(),
                notification.category().name(), notification.title(), notification.message(),
                notification.sourceEventType(), notification.occurredAt());
    }
}
