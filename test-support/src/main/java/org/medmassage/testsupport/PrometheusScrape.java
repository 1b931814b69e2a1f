package org.medmassage.testsupport;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service's /actuator/prometheus page, read whole. It outgrows WebClient's default 256 KB buffer: the Kafka clients'
 * metrics come per partition, and the topics have six of them (KAFKA_PARTITIONS, issue 17).
 */
public final class PrometheusScrape {

    private static final int LIMIT_BYTES = 8 * 1024 * 1024;

    private PrometheusScrape() {
    }

    public static String of(WebTestClient client) {
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(LIMIT_BYTES)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
