package org.medmassage.notification.portal;

import java.net.URI;

/**
 * What the portal page needs to know that the page itself cannot: where members sign in (the issuer the services
 * trust, as a browser reaches it), the page's public client at that issuer, and where the claims service's
 * explanations of benefits are. Served as {@code /portal/config.json}; nothing in it is a secret.
 */
public record PortalSettings(String issuer, String clientId, String claimsUrl) {

    /** The origins the page may connect to besides its own, for its Content-Security-Policy. */
    String connectSources() {
        return origin(issuer) + " " + origin(claimsUrl);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
