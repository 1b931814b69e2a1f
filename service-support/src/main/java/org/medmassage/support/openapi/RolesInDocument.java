package org.medmassage.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.medmassage.support.security.EndpointAccess;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Writes each operation's row of the service's endpoint × role table into its description: who may call it. */
final class RolesInDocument implements OpenApiCustomizer {

    private final EndpointAccess access;

    RolesInDocument(EndpointAccess access) {
        this.access = access;
    }

    @Override
    public void customise(OpenAPI api) {
        for (EndpointAccess.Rule rule : access.allRules()) {
            ApiDocument.find(api, rule.method(), rule.pattern()).ifPresent(operation -> describe(operation, rule));
        }
    }

    private static void describe(Operation operation, EndpointAccess.Rule rule) {
        String roles = rule.effectiveRoles().stream().sorted(Comparator.naturalOrder())
                .map(role -> "`" + role.claimValue() + "`").collect(Collectors.joining(", "));
        String line = "Roles: " + roles + ".";
        operation.setDescription(operation.getDescription() == null ? line : operation.getDescription() + "\n\n" + line);
    }
}
