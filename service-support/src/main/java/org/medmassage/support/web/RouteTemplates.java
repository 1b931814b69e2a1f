package org.medmassage.support.web;

import io.micrometer.common.KeyValue;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * {@code http_server_requests_seconds{uri}} names the route template also when no handler ran. WebFlux learns the
 * template when a handler mapping matches; a request answered before that (401 or 403 by Spring Security, 400 by
 * {@link PathAndQueryGuard}) left it unset, and the default convention then says {@code UNKNOWN}, which is most of a
 * service's refusals. Only those requests are matched here, against the routes the handler mappings declare (the
 * most specific template wins, as in WebFlux); a path no route declares stays {@code UNKNOWN} (or {@code NOT_FOUND}),
 * so the tag stays bounded by the routes.
 */
public class RouteTemplates extends DefaultServerRequestObservationConvention {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile List<Route> routes;

    public RouteTemplates(String name, ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        super(name);
        this.mappings = mappings;
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        if (context.getPathPattern() == null && context.getCarrier() != null) {
            Optional<String> template = templateOf(context.getCarrier());
            if (template.isPresent()) {
                return KeyValue.of("uri", template.get());
            }
        }
        return super.uri(context);
    }

    Optional<String> templateOf(ServerHttpRequest request) {
        var path = request.getPath().pathWithinApplication();
        String method = request.getMethod().name();
        return routes().stream()
                .filter(route -> route.methods().isEmpty() || route.methods().contains(method))
                .map(Route::pattern)
                .filter(pattern -> pattern.matches(path))
                .min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString);
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            // the handler mappings are complete once the context is: read them at the first refused request
            known = mappings.orderedStream()
                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                    .flatMap(RouteTemplates::routesOf)
                    .sorted(Comparator.comparing(route -> route.pattern().getPatternString()))
                    .toList();
            routes = known;
        }
        return known;
    }

    private static Stream<Route> routesOf(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                .collect(Collectors.toUnmodifiableSet());
        return info.getPatternsCondition().getPatterns().stream().map(pattern -> new Route(pattern, methods));
    }

    private record Route(PathPattern pattern, Set<String> methods) {
    }
}
