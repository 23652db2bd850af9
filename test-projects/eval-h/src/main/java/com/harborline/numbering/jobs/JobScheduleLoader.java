package com.harborline.numbering.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code jobs.yaml}. We only need two levels (job name, then key: value), so this is a
 * deliberately tiny reader rather than a YAML library on the classpath.
 */
public final class JobScheduleLoader {

    public record JobSpec(String name, Duration every, Duration initialDelay, Map<String, String> settings) {
    }

    private JobScheduleLoader() {
    }

    public static Map<String, JobSpec> fromClasspath(String resource) {
        try (InputStream in = JobScheduleLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, JobSpec> parse(BufferedReader reader) throws IOException {
        Map<String, Map<String, String>> raw = new LinkedHashMap<>();
        String current = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.trim().startsWith("#") || line.startsWith("jobs:")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String trimmed = line.trim();
            int colon = trimmed.indexOf(':');
            String key = trimmed.substring(0, colon).trim();
            String value = trimmed.substring(colon + 1).trim();
            if (indent == 2 && value.isEmpty()) {
                current = key;
                raw.put(current, new LinkedHashMap<>());
            } else if (current != null) {
                raw.get(current).put(key, unquote(value));
            }
        }
        Map<String, JobSpec> specs = new LinkedHashMap<>();
        raw.forEach((name, settings) -> specs.put(name, new JobSpec(name,
                Duration.parse(settings.getOrDefault("every", "PT24H")),
                Duration.parse(settings.getOrDefault("initialDelay", "PT1M")),
                settings)));
        return specs;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
