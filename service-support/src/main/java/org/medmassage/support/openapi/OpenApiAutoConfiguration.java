package org.medmassage.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.medmassage.support.security.Caller;
import org.medmassage.support.security.EndpointAccess;
import org.medmassage.support.security.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document (issue 16 item 5, decision 0076): "MedMassage &lt;service&gt;", the version of its
 * build, the description from {@code medmassage.api.description}, the issuer's bearer JWT with its roles, and for
 * every operation who may call it and the problem details it may answer. No servers are written: springdoc names the
 * one the document was read from. A service adds its story's examples with an {@link OpenApiCustomizer} of its own.
 */
@AutoConfiguration
public class OpenApiAutoConfiguration {

    /** The name of the security scheme every operation requires. */
    public static final String BEARER_JWT = "bearer-jwt";

    static {
        // a Caller is resolved from the token (CallerArgumentResolver), not sent as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI serviceDocument(@Value("${spring.application.name}") String service,
            @Value("${medmassage.api.description:}") String description, ObjectProvider<BuildProperties> build) {
        return new OpenAPI()
                .info(new Info().title("MedMassage " + service).description(description)
                        .version(build.getIfAvailable() == null ? "unknown (built without build-info)"
                                : build.getIfAvailable().getVersion()))
                .components(new Components().addSecuritySchemes(BEARER_JWT, bearerJwt()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_JWT));
    }

    private static SecurityScheme bearerJwt() {
        String roles = Arrays.stream(Role.values()).map(role -> "`" + role.claimValue() + "` (" + role.meaning() + ")")
                .collect(Collectors.joining("; "));
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 token of the MedMassage issuer (OAUTH2_ISSUER_URI) for the audience "
                        + "`medmassage`, with an expiry. Its `roles` claim names one or more of: " + roles + ". "
                        + "Each operation says which roles may call it; a member reaches `{memberId}` paths only for "
                        + "its own member_id, a provider or prescriber `{npi}` paths only for its own npi.");
    }

    @Bean
    OpenApiCustomizer rolesInDocument(ObjectProvider<EndpointAccess> endpointAccess) {
        return new RolesInDocument(endpointAccess.getIfAvailable(EndpointAccess::of));
    }

    @Bean
    OpenApiCustomizer problemsInDocument() {
        return new ProblemsInDocument();
    }
}
