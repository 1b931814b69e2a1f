package org.medmassage.claims.config;

import java.util.ArrayList;
import java.util.List;
import org.medmassage.claims.pricing.StateFeeScheduleFile;
import org.medmassage.claims.pricing.StateFeeSchedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The workers' compensation state fee schedules (RULEBOOK §7.2, decision 0068), loaded once at start-up from the files
 * listed in {@code medmassage.claims.workers-comp.fee-schedule-files}, located as the coding edit files are. The
 * default is the illustrative sample in {@code workers-comp/} (Example 10's figures filed under WA); an empty value
 * leaves every state without a schedule, so every workers' comp claim is refused.
 */
@Configuration
class StateFeeScheduleFiles {

    private static final Logger log = LoggerFactory.getLogger(StateFeeScheduleFiles.class);

    @Bean
    StateFeeSchedules workersCompFeeSchedules(@Value("${medmassage.claims.workers-comp.fee-schedule-files:"
            + "classpath:workers-comp/state-fee-schedules-sample.tsv}") String files) {
        List<StateFeeSchedules.Fee> fees = new ArrayList<>();
        for (Resource file : DataFiles.files(files, "workers' comp fee schedule")) {
            StateFeeScheduleFile.Loaded loaded = DataFiles.read(file, StateFeeScheduleFile::read);
            log.info("Workers' comp fee schedules: {} fees from {} ({} lines not data)", loaded.fees().size(), file,
                    loaded.skippedLines());
            fees.addAll(loaded.fees());
        }
        return new StateFeeSchedules(fees);
    }
}
