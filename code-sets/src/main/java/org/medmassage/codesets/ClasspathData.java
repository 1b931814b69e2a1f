package org.medmassage.codesets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/** Reads the reference files shipped in this jar (see NOTICE.md); never the file system, so a service is self-contained. */
final class ClasspathData {

    private ClasspathData() {
    }

    /** Non-blank lines that are not '#' comments; a name ending in .gz is gunzipped. */
    static List<String> lines(String resource) {
        return lines(resource, StandardCharsets.UTF_8);
    }

    static List<String> lines(String resource, Charset charset) {
        try (InputStream raw = ClasspathData.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
                return reader.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Tab-separated rows without the header row; trailing empty columns are kept. */
    static List<String[]> tsvRows(String resource) {
        List<String> lines = lines(resource);
        return lines.subList(1, lines.size()).stream()
                .map(line -> line.split("\t", -1))
                .collect(Collectors.toList());
    }
}
