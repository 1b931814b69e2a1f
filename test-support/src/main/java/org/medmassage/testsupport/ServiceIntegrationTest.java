package org.medmassage.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A service under test on the real in-process KRaft broker and a real PostgreSQL. The test class must also call
 * {@link TestDatabases#register} from a {@code @DynamicPropertySource} method (best in the service's abstract base
 * test class, so every class has the same configuration): the test classes of a service then share one cached
 * context, broker and database, and keep out of each other's way with members of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "medmassage.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "medmassage.outbox.poll-interval=200ms"
        })
@EmbeddedKafka(partitions = 1)
public @interface ServiceIntegrationTest {
}
