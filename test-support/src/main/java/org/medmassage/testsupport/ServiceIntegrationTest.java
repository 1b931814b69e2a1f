package org.medmassage.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A service under test on the real in-process KRaft broker and a real PostgreSQL. The test class must also call
 * {@link TestDatabases#register} from a {@code @DynamicPropertySource} method to get its own fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "medmassage.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
                "medmassage.outbox.poll-interval=200ms"
        })
@EmbeddedKafka(partitions = 1)
@DirtiesContext
public @interface ServiceIntegrationTest {
}
