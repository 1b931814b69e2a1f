package org.medmassage.testsupport;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.medmassage.support.security.EndpointAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;

/**
 * A service's integration test that implements this checks its OpenAPI document and Swagger UI ({@link ApiDocuments}):
 * the document and the service's endpoint × role table agree, it names the service and its build, Swagger UI is
 * served, all without a token (decision 0076).
 */
public interface DocumentedApi {

    @TestFactory
    default Stream<DynamicTest> documents_exactly_the_endpoints_of_the_access_table_and_serves_swagger_ui(
            @Autowired EndpointAccess access, @Autowired BuildProperties build,
            @Value("${local.server.port}") int port, @Value("${spring.application.name}") String service) {
        return ApiDocuments.check(port, access, service, build.getVersion());
    }
}
