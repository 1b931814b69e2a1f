package org.medmassage.support.plumbing;

import java.util.List;
import java.util.function.Consumer;
import org.medmassage.codesets.problem.FieldProblem;
import org.medmassage.events.referral.ReferralRevoked;
import org.medmassage.support.messaging.EventHandlers;
import org.medmassage.support.messaging.InboxConsumers;
import org.medmassage.support.outbox.Outbox;
import org.medmassage.support.outbox.UnitOfWork;
import org.medmassage.support.security.EndpointAccess;
import org.medmassage.support.security.Role;
import org.medmassage.support.web.RequestRejectedException;
import org.medmassage.testissuer.TestIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A minimal service built on the plumbing: revokes referrals (HTTP ⇒ outbox) and records revocations (inbox), a
 * revocation for reason "forward" announcing one more (inbox ⇒ outbox).
 */
@SpringBootApplication
public class PlumbingTestApplication {

    @Bean
    Consumer<Message<List<byte[]>>> referralEvents(InboxConsumers consumers, DatabaseClient db, Outbox outbox) {
        return consumers.consumer("plumbing-test", EventHandlers.builder()
                .on(ReferralRevoked.class, event -> !event.reason().equals("irrelevant"), (event, envelope) -> {
                    if (event.reason().equals("fail")) {
                        return Mono.error(new IllegalStateException("handler failure"));
                    }
                    Mono<Void> recorded = db.sql("insert into revocation (referral_id, member_id) values (:id, :member)")
                            .bind("id", event.referralId()).bind("member", event.memberId()).then();
                    // "forward": the handler announces an event of its own, as a saga step does
                    return event.reason().equals("forward") ? recorded.then(outbox.append(new ReferralRevoked(
                            event.referralId() + "-forwarded", event.memberId(), "forwarded"), envelope.eventId()).then())
                            : recorded;
                })
                .build());
    }

    /** Admins revoke; /nowhere is let through to show that a route no controller serves is a 404 problem. */
    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                EndpointAccess.allow(HttpMethod.POST, "/referrals/{id}/revocations", Role.ADMIN),
                EndpointAccess.allow(HttpMethod.GET, "/nowhere", Role.ADMIN));
    }

    /** The payer's admin and ops at once: what these plumbing tests call needs no narrower role. */
    static Consumer<HttpHeaders> staffToken() {
        TestIssuer issuer = TestIssuer.get();
        String token = issuer.sign(issuer.claims("plumbing-staff").claim("roles", List.of("admin", "ops")).build());
        return headers -> headers.setBearerAuth(token);
    }

    @RestController
    static class RevocationController {
        private final UnitOfWork unitOfWork;
        private final Outbox outbox;

        RevocationController(UnitOfWork unitOfWork, Outbox outbox) {
            this.unitOfWork = unitOfWork;
            this.outbox = outbox;
        }

        record RevokeRequest(String memberId, int count, String reason) {
        }

        @PostMapping("/referrals/{id}/revocations")
        Mono<Void> revoke(@PathVariable String id, @RequestBody RevokeRequest request) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw RequestRejectedException.unprocessable("Referral cannot be revoked",
                        List.of(new FieldProblem("reason", "MN-02", "reason is required to revoke a referral")));
            }
            return unitOfWork.execute(Flux.range(1, request.count())
                    .concatMap(n -> outbox.append(new ReferralRevoked(id + "-" + n, request.memberId(), request.reason()), null))
                    .then());
        }
    }
}
