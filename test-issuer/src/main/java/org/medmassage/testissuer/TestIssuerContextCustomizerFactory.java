package org.medmassage.testissuer;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Points every Spring test context at the {@link TestIssuer}: no test class has to say it. */
public class TestIssuerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new IssuerProperties();
    }

    /** Equal to every other instance, so contexts stay cached and shared as before. */
    private static final class IssuerProperties implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            TestIssuer issuer = TestIssuer.get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testIssuer", Map.of(
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuerUri(),
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuer.jwkSetUri())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof IssuerProperties;
        }

        @Override
        public int hashCode() {
            return IssuerProperties.class.hashCode();
        }
    }
}
