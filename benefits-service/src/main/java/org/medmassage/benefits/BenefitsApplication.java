package org.medmassage.benefits;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Benefit plans, coverage, accumulators and cost share (DESIGN §2). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BenefitsApplication {

    public static void main(String[] args) {
        SpringApplication.run(BenefitsApplication.class, args);
    }
}
