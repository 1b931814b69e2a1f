package org.medmassage.notification.persistence;

import io.r2dbc.postgresql.codec.Json;
import org.medmassage.notification.application.Overviews;
import org.medmassage.notification.overview.MemberOverview;
import org.medmassage.support.lock.MemberLock;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** One jsonb document per member; the four topics' consumers update a member's in turn, under an advisory lock. */
@Repository
class OverviewsR2dbcRepository implements Overviews {

    private final DatabaseClient db;
    private final MemberLock lock;
    private final JsonMapper json;

    OverviewsR2dbcRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.lock = new MemberLock(db, "ovrv");
        this.json = json;
    }

    @Override
    public Mono<MemberOverview> lockedOf(String memberId) {
        return lock.lock(memberId).then(of(memberId));
    }

    @Override
    public Mono<Void> save(MemberOverview overview) {
        return db.sql("""
                        insert into member_overview (member_id, overview) values (:memberId, :overview)
                        on conflict (member_id) do update set overview = excluded.overview, updated_at = now()""")
                .bind("memberId", overview.memberId())
                .bind("overview", Json.of(json.writeValueAsString(overview)))
                .fetch().rowsUpdated().then();
    }

    @Override
    public Mono<MemberOverview> of(String memberId) {
        return db.sql("select overview from member_overview where member_id = :memberId")
                .bind("memberId", memberId)
                .map(row -> json.readValue(row.get("overview", Json.class).asString(), MemberOverview.class))
                .one();
    }
}
