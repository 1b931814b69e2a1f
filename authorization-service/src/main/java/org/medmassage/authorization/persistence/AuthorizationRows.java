package org.medmassage.authorization.persistence;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medmassage.authorization.decision.ApprovedAuthorization;
import org.medmassage.authorization.decision.Authorization;
import org.medmassage.authorization.decision.AuthorizationId;
import org.medmassage.authorization.decision.AuthorizationNumber;
import org.medmassage.authorization.decision.AuthorizationRequest;
import org.medmassage.authorization.decision.AuthorizationStatus;
import org.medmassage.authorization.decision.CareGoal;
import org.medmassage.authorization.decision.DeniedAuthorization;
import org.medmassage.authorization.decision.PendedAuthorization;
import org.medmassage.authorization.decision.Priority;
import org.medmassage.authorization.decision.Review;
import org.medmassage.authorization.time.DateWindow;

/** Reads a prior_authorization row back into the state type its status names. */
final class AuthorizationRows {

    static final String COLUMNS = """
            authorization_id, authorization_number, member_id, referral_id, provider_npi, requested_codes,
            requested_visits, start_date, priority, received_at, due_at, status, approved_visits, approved_codes,
            valid_from, valid_to, reason, decided_at, reason_code, decided_by, review_note, rendering_provider_taxonomy,
            care_goal""";

    private AuthorizationRows() {
    }

    static Authorization read(Readable row) {
        AuthorizationId id = new AuthorizationId(row.get("authorization_id", java.util.UUID.class).toString());
        AuthorizationNumber number = new AuthorizationNumber(row.get("authorization_number", String.class));
        AuthorizationRequest request = new AuthorizationRequest(row.get("member_id", String.class),
                row.get("referral_id", String.class), row.get("provider_npi", String.class),
                List.of(row.get("requested_codes", String[].class)), row.get("requested_visits", Integer.class),
                row.get("start_date", LocalDate.class), Priority.valueOf(row.get("priority", String.class)),
                instant(row, "received_at"), row.get("rendering_provider_taxonomy", String.class),
                CareGoal.valueOf(row.get("care_goal", String.class)));
        Instant dueAt = instant(row, "due_at");
        AuthorizationStatus status = AuthorizationStatus.valueOf(row.get("status", String.class));
        String reason = row.get("reason", String.class);
        if (status == AuthorizationStatus.PENDED) {
            return new PendedAuthorization(id, number, request, dueAt, reason);
        }
        String reviewer = row.get("decided_by", String.class);
        Review review = reviewer == null ? null : new Review(reviewer, row.get("review_note", String.class));
        if (status == AuthorizationStatus.DENIED) {
            return new DeniedAuthorization(id, number, request, dueAt, row.get("reason_code", String.class), reason,
                    instant(row, "decided_at"), review);
        }
        return new ApprovedAuthorization(id, number, request, dueAt, status, row.get("approved_visits", Integer.class),
                List.of(row.get("approved_codes", String[].class)),
                DateWindow.of(row.get("valid_from", LocalDate.class), row.get("valid_to", LocalDate.class)), reason,
                instant(row, "decided_at"), review);
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
