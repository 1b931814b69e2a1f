package org.medmassage.authorization;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pre-authorization of medical massage: decisions on requests, and the use of authorized visits by claims. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthorizationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthorizationApplication.class, args);
    }
}
