package org.medmassage.localinfra.issuer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The portal's sign-in at {@code /medmassage/authorize}, in front of mock-oauth2-server's interactive login (with the
 * page {@code issuer/sign-in.html}): the username typed is the member id. The server makes a signed-in user's token from the login form ({@code username} becomes
 * {@code sub}, the JSON of {@code claims} is added to {@link DemoTokens}' claims), so the form is rewritten to say
 * {@code sub = member:<id>} and {@code member_id = <id>}, the subject and claim a client-credentials member token
 * carries. Whatever the form's own claims box held is dropped: a member cannot sign in as a provider.
 *
 * <p>Only the portal is served, and only with PKCE S256, as Keycloak's realm does for {@code medmassage-portal}: the
 * server itself accepts any client, any redirect and no code challenge at all.
 */
final class MemberSignIn implements Route {

    static final String PORTAL_CLIENT = "medmassage-portal";
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost");

    private final Route server;

    /** {@code server}: the authorization server's routes that hold the codes it issues and later exchanges. */
    MemberSignIn(Route server) {
        this.server = server;
    }

    @Override
    public boolean match(OAuth2HttpRequest request) {
        List<String> path = request.getUrl().pathSegments();
        return path.get(path.size() - 1).equals("authorize") && List.of("GET", "POST").contains(request.getMethod());
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
        String refusal = refusal(request.getUrl());
        if (refusal != null) {
            // never redirected: the redirect_uri may be the very thing that is wrong
            return badRequest(refusal);
        }
        if (request.getMethod().equals("GET")) {
            return server.invoke(request);
        }
        String memberId = request.getFormParameters().get("username");
        if (memberId == null || !MEMBER_ID.matcher(memberId.strip()).matches()) {
            return badRequest("Sign in with your member id, e.g. M-1001 (letters, digits, '.', '_' or '-').");
        }
        return server.invoke(request.copy(request.getHeaders(), request.getMethod(), request.getOriginalUrl(),
                asMember(memberId.strip())));
    }

    /**
     * The sign-in page as a file, which is how the server takes a page of its own: a member id, no claims box (the
     * server's page offers one, which this sign-in would ignore anyway).
     */
    static Path page() {
        try (InputStream page = MemberSignIn.class.getResourceAsStream("/issuer/sign-in.html")) {
            Path file = Files.createTempFile("medmassage-sign-in-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(Objects.requireNonNull(page, "issuer/sign-in.html"), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sign-in page", e);
        }
    }

    private static String refusal(HttpUrl url) {
        if (!PORTAL_CLIENT.equals(url.queryParameter("client_id"))) {
            return "This development issuer signs members in to the portal only (client_id=" + PORTAL_CLIENT + ").";
        }
        if (url.queryParameter("code_challenge") == null || !"S256".equals(url.queryParameter("code_challenge_method"))) {
            return "PKCE is required: send code_challenge with code_challenge_method=S256.";
        }
        String redirect = url.queryParameter("redirect_uri");
        HttpUrl uri = redirect == null ? null : HttpUrl.parse(redirect);
        if (uri == null || !uri.scheme().equals("http") || !LOOPBACK.contains(uri.host())
                || !uri.encodedPath().startsWith("/portal/")) {
            return "redirect_uri must be the portal on this machine, http://127.0.0.1:<port>/portal/, was " + redirect;
        }
        return null;
    }

    private static String asMember(String memberId) {
        return "username=" + encode("member:" + memberId) + "&claims=" + encode("{\"member_id\":\"" + memberId + "\"}");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static OAuth2HttpResponse badRequest(String message) {
        return new OAuth2HttpResponse(Headers.of("Content-Type", "text/plain;charset=UTF-8"), 400, message, null);
    }
}
