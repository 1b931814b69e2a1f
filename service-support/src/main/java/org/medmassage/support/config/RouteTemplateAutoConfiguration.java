package org.medmassage.support.config;

import org.medmassage.support.web.RouteTemplates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.reactive.observation.ServerRequestObservationConvention;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;

/**
 * HTTP metrics tagged with the route template also for requests refused before a handler ran (see
 * {@link RouteTemplates}). Before Boot's WebFlux observation configuration, whose default convention then stands aside.
 */
@AutoConfiguration(before = WebFluxObservationAutoConfiguration.class)
public class RouteTemplateAutoConfiguration {

    @Bean
    ServerRequestObservationConvention routeTemplates(
            @Value("${management.observations.http.server.requests.name:http.server.requests}") String name,
            ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new RouteTemplates(name, mappings);
    }
}
