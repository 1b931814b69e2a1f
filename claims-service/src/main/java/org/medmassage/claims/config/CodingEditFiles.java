package org.medmassage.claims.config;

import java.util.ArrayList;
import java.util.List;
import org.medmassage.claims.coding.CodingEdits;
import org.medmassage.claims.coding.MedicallyUnlikelyEdits;
import org.medmassage.claims.coding.ProcedurePairEdit;
import org.medmassage.claims.coding.ProcedurePairEdits;
import org.medmassage.claims.coding.ProcedurePairFile;
import org.medmassage.claims.coding.UnitsPerDayFile;
import org.medmassage.claims.coding.UnitsPerDayLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The coding edits as data (RULEBOOK §4.3, MN-08; decision 0054), loaded once at start-up from the files listed in
 * {@code medmassage.claims.ncci.ptp-files} and {@code medmassage.claims.mue-files}: comma-separated locations, each
 * {@code classpath:…}, {@code file:…} (patterns allowed, e.g. {@code file:/data/ncci/ccipra-*.txt}) or a plain path.
 * The default is the sample shipped in {@code coding/}; listing the CMS quarterly files replaces it, an empty value
 * turns the edits off. A file that is missing or has a data line that does not parse stops the start-up.
 */
@Configuration
class CodingEditFiles {

    private static final Logger log = LoggerFactory.getLogger(CodingEditFiles.class);

    @Bean
    CodingEdits codingEdits(
            @Value("${medmassage.claims.ncci.ptp-files:classpath:coding/ncci-ptp-sample.tsv}") String ptpFiles,
            @Value("${medmassage.claims.mue-files:classpath:coding/mue-sample.tsv}") String mueFiles) {
        List<ProcedurePairEdit> pairs = new ArrayList<>();
        for (Resource file : DataFiles.files(ptpFiles, "coding edit")) {
            ProcedurePairFile.Loaded loaded = DataFiles.read(file, ProcedurePairFile::read);
            log.info("NCCI PTP edits: {} rows from {} ({} lines not data)", loaded.edits().size(), file,
                    loaded.skippedLines());
            pairs.addAll(loaded.edits());
        }
        List<UnitsPerDayLimit> limits = new ArrayList<>();
        for (Resource file : DataFiles.files(mueFiles, "coding edit")) {
            UnitsPerDayFile.Loaded loaded = DataFiles.read(file, UnitsPerDayFile::read);
            log.info("Medically unlikely edits: {} codes from {} ({} lines not data)", loaded.limits().size(), file,
                    loaded.skippedLines());
            limits.addAll(loaded.limits());
        }
        return new CodingEdits(new ProcedurePairEdits(pairs), new MedicallyUnlikelyEdits(limits));
    }
}
