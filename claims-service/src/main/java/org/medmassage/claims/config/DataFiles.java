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
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The data files a property lists (coding edits, workers' comp fee schedules): comma-separated locations, each
 * {@code classpath:…}, {@code file:…} (patterns allowed) or a plain path; a location that finds nothing stops the
 * start-up.
 */
final class DataFiles {

    private static final ResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    private DataFiles() {
    }

    static List<Resource> files(String locations, String what) {
        List<Resource> files = new ArrayList<>();
        for (String location : locations.split(",")) {
            String trimmed = location.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String resolvable = trimmed.contains(":") ? trimmed : "file:" + trimmed;
            try {
                Resource[] found = RESOURCES.getResources(resolvable);
                List<Resource> existing = Arrays.stream(found).filter(Resource::exists).toList();
                if (existing.isEmpty()) {
                    throw new IllegalStateException("no " + what + " file at " + trimmed);
                }
                files.addAll(existing);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + what + " files at " + trimmed, e);
            }
        }
        return files;
    }

    // CMS text files are ASCII with Latin-1 in their notices; Latin-1 reads any byte
    static <T> T read(Resource file, BiFunction<String, BufferedReader, T> reader) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(),
                StandardCharsets.ISO_8859_1))) {
            return reader.apply(file.getDescription(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
