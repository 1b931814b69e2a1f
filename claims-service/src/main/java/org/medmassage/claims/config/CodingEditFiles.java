package org.medmassage.claims.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

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

    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Bean
    CodingEdits codingEdits(
            @Value("${medmassage.claims.ncci.ptp-files:classpath:coding/ncci-ptp-sample.tsv}") String ptpFiles,
            @Value("${medmassage.claims.mue-files:classpath:coding/mue-sample.tsv}") String mueFiles) {
        List<ProcedurePairEdit> pairs = new ArrayList<>();
        for (Resource file : files(ptpFiles)) {
            ProcedurePairFile.Loaded loaded = read(file, ProcedurePairFile::read);
            log.info("NCCI PTP edits: {} rows from {} ({} lines not data)", loaded.edits().size(), file,
                    loaded.skippedLines());
            pairs.addAll(loaded.edits());
        }
        List<UnitsPerDayLimit> limits = new ArrayList<>();
        for (Resource file : files(mueFiles)) {
            UnitsPerDayFile.Loaded loaded = read(file, UnitsPerDayFile::read);
            log.info("Medically unlikely edits: {} codes from {} ({} lines not data)", loaded.limits().size(), file,
                    loaded.skippedLines());
            limits.addAll(loaded.limits());
        }
        return new CodingEdits(new ProcedurePairEdits(pairs), new MedicallyUnlikelyEdits(limits));
    }

    private List<Resource> files(String locations) {
        List<Resource> files = new ArrayList<>();
        for (String location : locations.split(",")) {
            String trimmed = location.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String resolvable = trimmed.contains(":") ? trimmed : "file:" + trimmed;
            try {
                Resource[] found = resources.getResources(resolvable);
                List<Resource> existing = Arrays.stream(found).filter(Resource::exists).toList();
                if (existing.isEmpty()) {
                    throw new IllegalStateException("no coding edit file at " + trimmed);
                }
                files.addAll(existing);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list coding edit files at " + trimmed, e);
            }
        }
        return files;
    }

    // CMS text files are ASCII with Latin-1 in their notices; Latin-1 reads any byte
    private static <T> T read(Resource file, BiFunction<String, BufferedReader, T> reader) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(),
                StandardCharsets.ISO_8859_1))) {
            return reader.apply(file.getDescription(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
