package org.medmassage.notification.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.medmassage.notification.application.Notifications;
import org.medmassage.notification.notice.Category;
import org.medmassage.notification.notice.Notification;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class NotificationsR2dbcRepository implements Notifications {

    private final DatabaseClient db;

    NotificationsR2dbcRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> add(Notification notification) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into notification (notification_id, member_id, category, title, message,
                                                  source_event_id, source_event_type, correlation_id, occurred_at)
                        values (:id, :memberId, :category, :title, :message,
                                :sourceEventId, :sourceEventType, :correlationId, :occurredAt)
                        on conflict (source_event_id) do nothing""")
                .bind("id", notification.id())
                .bind("memberId", notification.memberId())
                .bind("category", notification.category().name())
                .bind("title", notification.title())
                .bind("message", notification.message())
                .bind("sourceEventId", notification.sourceEventId())
                .bind("sourceEventType", notification.sourceEventType())
                .bind("occurredAt", notification.occurredAt());
        insert = notification.correlationId() == null
                ? insert.bindNull("correlationId", String.class)
                : insert.bind("correlationId", notification.correlationId());
        return insert.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<Notification> ofMember(String memberId) {
        return db.sql("""
                        select notification_id, member_id, category, title, message, source_event_id,
                               source_event_type, correlation_id, occurred_at
                        from notification where member_id = :memberId order by seq""")
                .bind("memberId", memberId)
                .map(NotificationsR2dbcRepository::notification)
                .all();
    }

    private static Notification notification(Readable row) {
        return new Notification(
                row.get("notification_id", UUID.class),
                row.get("member_id", String.class),
                Category.valueOf(row.get("category", String.class)),
                row.get("title", String.class),
                row.get("message", String.class),
                row.get("source_event_id", UUID.class),
                row.get("source_event_type", String.class),
                row.get("correlation_id", String.class),
                row.get("occurred_at", Instant.class));
    }
}
