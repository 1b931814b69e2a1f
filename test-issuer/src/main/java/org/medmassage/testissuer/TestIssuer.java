package org.medmassage.testissuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The token issuer of the services' integration tests: an RS256 key made per test JVM, published as a JWK set over
 * real HTTP on 127.0.0.1, so a service under test fetches and checks keys exactly as in production. Every Spring test
 * context points at it ({@link TestIssuerContextCustomizerFactory}); tests get tokens through test-support's Tokens (or {@link #claims} and {@link #sign}).
 */
public final class TestIssuer {

    public static final String AUDIENCE = "medmassage";
    private static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key = newKey();
    private final RSAKey strangersKey = newKey();
    private final HttpServer server;
    private final String issuerUri;
    private volatile boolean down;
    private volatile CountDownLatch silence = new CountDownLatch(0);

    private TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/test-issuer";
        server.createContext("/test-issuer/jwks", exchange -> {
            // a silent issuer: the connection is accepted and the answer never comes (until the silence ends)
            awaitQuietly(silence);
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            reply(exchange, new JWKSet(key.toPublicJWK()).toString());
        });
        server.createContext("/test-issuer/.well-known/openid-configuration", exchange -> reply(exchange,
                "{\"issuer\":\"" + issuerUri + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}"));
        // a thread per exchange: one slow or silenced exchange must not hold every other context's key fetches
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-issuer-stop"));
    }

    public static TestIssuer get() {
        return INSTANCE;
    }

    public String issuerUri() {
        return issuerUri;
    }

    /** Runs {@code during} while the key set answers 503, as an issuer in an outage would. */
    public void outage(Runnable during) {
        down = true;
        try {
            during.run();
        } finally {
            down = false;
        }
    }

    /** Runs {@code during} while the key set accepts connections and never answers, as a hung issuer would. */
    public void silence(Runnable during) {
        CountDownLatch quiet = new CountDownLatch(1);
        silence = quiet;
        try {
            during.run();
        } finally {
            silence = new CountDownLatch(0);
            quiet.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String jwkSetUri() {
        return issuerUri + "/jwks";
    }

    /** Claims as the real issuers write them: iss, aud, sub, iat, exp in an hour, a fresh jti. */
    public JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuerUri).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** A well-formed token signed by a key this issuer never published. */
    public String signWithStrangersKey(JWTClaimsSet claims) {
        return sign(claims, strangersKey);
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
