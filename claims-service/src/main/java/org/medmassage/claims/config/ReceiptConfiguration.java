package org.medmassage.claims.config;

import org.medmassage.codesets.IcdTitles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The diagnosis titles a receipt prints beside each code (ALT-02), as referral-service's letters do. */
@Configuration
class ReceiptConfiguration {

    @Bean
    IcdTitles icdTitles() {
        return IcdTitles.standard();
    }
}
