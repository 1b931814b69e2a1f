package org.medmassage.notification.config;

import static org.medmassage.support.security.EndpointAccess.allow;
import static org.medmassage.support.security.Role.MEMBER;
import static org.springframework.http.HttpMethod.GET;

import org.medmassage.support.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call which endpoint (issue 12): a member reads their own notifications, overview (issue 16) and their live
 * streams (the path's {@code {memberId}} must be the token's), ops reads every GET. Nobody else: the notifications only reword what the
 * other services show their staff in full, so no staff role needs them here.
 */
@Configuration
class NotificationEndpointAccess {

    @Bean
    EndpointAccess endpointAccess() {
        return EndpointAccess.of(
                allow(GET, "/members/{memberId}/notifications", MEMBER),
                allow(GET, "/members/{memberId}/notifications/stream", MEMBER),
                allow(GET, "/members/{memberId}/overview", MEMBER),
                allow(GET, "/members/{memberId}/overview/stream", MEMBER));
    }
}
