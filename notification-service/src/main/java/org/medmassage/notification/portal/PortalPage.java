package org.medmassage.notification.portal;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import org.medmassage.support.security.OpenPages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The patient portal (issue 16 item 1): one static page, its script and style under {@code /portal/}, read without a
 * token (it holds no member's data; the page signs the member in and then calls this service's API with their token).
 * Its own security chain, before the resource server's, only for GET on these paths.
 */
@Configuration
class PortalPage {

    private static final String[] PATHS = {"/portal", "/portal/", "/portal/**"};

    @Bean
    PortalSettings portalSettings(
            @Value("${medmassage.portal.issuer-uri}") String issuer,
            @Value("${medmassage.portal.client-id}") String clientId,
            @Value("${medmassage.portal.claims-url}") String claimsUrl) {
        return new PortalSettings(issuer, clientId, claimsUrl);
    }

    /** Relative links in the page need the trailing slash; the page is the answer to both. */
    @Bean
    RouterFunction<ServerResponse> portalRoutes(@Value("classpath:/static/portal/index.html") Resource page,
                                                PortalSettings settings) {
        return route(GET("/portal"), request -> ServerResponse.permanentRedirect(URI.create("/portal/")).build())
                .andRoute(GET("/portal/"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                        .bodyValue(page))
                .andRoute(GET("/portal/config.json"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(settings));
    }

    /**
     * Scripts and styles from this origin only; the page connects to this service, the issuer (discovery, token) and
     * the claims service (explanations of benefits); inline style is for an EOB shown from a blob, which keeps it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain portalPageChain(ServerHttpSecurity http, PortalSettings settings) {
        String policy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self' " + settings.connectSources() + "; frame-ancestors 'none'; base-uri 'none'; "
                + "form-action 'none'";
        return OpenPages.chain(http, policy, PATHS);
    }
}
