package org.medmassage.support.security;

import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.medmassage.support.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.JwkSetUriReactiveJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Every service is an OAuth2 resource server of one issuer (issue 12): a JWT signed by the issuer's keys, for the
 * {@code medmassage} audience and not expired, on every endpoint but health and the Prometheus scrape; then the
 * service's {@link EndpointAccess} table says which roles may call what. Refusals are problem details. The API's
 * OpenAPI document and Swagger UI are open to read.
 */
@AutoConfiguration(before = {ReactiveWebSecurityAutoConfiguration.class,
        ReactiveOAuth2ResourceServerAutoConfiguration.class})
@EnableWebFluxSecurity
public class ResourceServerAutoConfiguration {

    // the browser-facing policy of a JSON API: nothing to load, frame or submit; the letter's HTML styles itself inline
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Swagger UI is a page of the webjar's own scripts and styles, which fetches the document from this origin
    private static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    // an issuer that accepts the connection and never answers must not hold requests: they get a 503 in seconds
    private static final int KEYS_CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final Duration KEYS_RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    /** springdoc's default paths: the document as JSON and YAML, Swagger UI's page, its configuration and assets. */
    private static final String[] API_DOCUMENTS = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The OpenAPI document and Swagger UI, read without a token (decision 0076): they describe the API and hold no
     * member's data. Only GET: anything else on these paths falls to the resource server's chain (401, 403).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain apiDocuments(ServerHttpSecurity http) {
        return OpenPages.chain(http, SWAGGER_UI_POLICY, API_DOCUMENTS);
    }

    @Bean
    SecurityWebFilterChain resourceServer(ServerHttpSecurity http, ObjectProvider<EndpointAccess> endpointAccess,
            ReactiveJwtDecoder jwtDecoder, AuditTrail auditTrail,
            @Value("${medmassage.security.allowed-origins:}") List<String> allowedOrigins) {
        EndpointAccess access = endpointAccess.getIfAvailable(EndpointAccess::of);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .cors(cors -> cors.configurationSource(cors(allowedOrigins)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/prometheus").permitAll();
                    exchanges.pathMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    for (EndpointAccess.Rule rule : access.allRules()) {
                        exchanges.pathMatchers(rule.method(), rule.pattern()).access(new ScopedRoles(rule));
                    }
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/**").hasRole("ops");
                    exchanges.anyExchange().denyAll();
                })
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> ProblemResponses.unauthorized(exchange, null,
                                "A bearer token from the MedMassage issuer is required."))
                        .accessDeniedHandler((exchange, e) -> auditTrail.deniedBeforeAnyController(exchange)
                                .then(ProblemResponses.forbidden(exchange))))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(keysUnavailableAsServiceError(jwtDecoder))
                                .jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint((exchange, e) -> refuseToken(exchange, e))
                        // the default handler rethrows an AuthenticationServiceException (issuer unreachable): a 500
                        .authenticationFailureHandler((filterExchange, e) -> refuseToken(filterExchange.getExchange(), e))
                        .accessDeniedHandler((exchange, e) -> auditTrail.deniedBeforeAnyController(exchange)
                                .then(ProblemResponses.forbidden(exchange))))
                .build();
    }

    private static Mono<Void> refuseToken(ServerWebExchange exchange, AuthenticationException e) {
        if (e instanceof AuthenticationServiceException) {
            return ProblemResponses.issuerUnavailable(exchange);
        }
        return ProblemResponses.unauthorized(exchange, "invalid_token", e.getMessage());
    }

    /**
     * The decoder raises an IllegalStateException when the issuer's key set cannot be fetched (a 503 to retry: as a
     * JwtException it becomes an AuthenticationServiceException), and other exceptions, or a plain JwtException, for
     * tokens it cannot read at all, e.g. an encrypted one (a 401: as a BadJwtException). Neither may be a 500.
     */
    private static ReactiveJwtDecoder keysUnavailableAsServiceError(ReactiveJwtDecoder decoder) {
        // a plain JwtException is answered 503 by Spring: keep that for an unreachable issuer only
        return token -> decoder.decode(token).onErrorMap(e -> !(e instanceof BadJwtException),
                e -> keysUnreachable(e) ? new JwtException("the issuer's keys could not be obtained", e)
                        : new BadJwtException("the token could not be read", e));
    }

    private static boolean keysUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof WebClientException
                    || "Could not obtain the keys".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration portal = new CorsConfiguration();
            portal.setAllowedOrigins(allowedOrigins);
            portal.setAllowedMethods(List.of("GET", "POST", "PUT"));
            portal.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
            portal.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", portal);
        }
        return source;
    }

    /** The issuer's key set is fetched with timeouts: Boot's default client has none, so a silent issuer hung requests. */
    @Bean
    JwkSetUriReactiveJwtDecoderBuilderCustomizer keysFetchedWithTimeouts() {
        HttpClient client = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, KEYS_CONNECT_TIMEOUT_MILLIS)
                .responseTimeout(KEYS_RESPONSE_TIMEOUT);
        return builder -> builder.webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(client))
                .build());
    }

    /**
     * A token must say when it expires: Spring Security accepts one without {@code exp}, which would never expire and
     * would keep an SSE stream open for good. Boot adds this to the issuer, audience and timestamp checks.
     */
    @Bean
    OAuth2TokenValidator<Jwt> expiryRequired() {
        JwtTimestampValidator validator = new JwtTimestampValidator();
        validator.setAllowEmptyExpiryClaim(false);
        return validator;
    }

    @Bean
    WebFluxConfigurer callerArguments() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallerArgumentResolver());
            }
        };
    }
}
