package com.cascadia.numprov.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough YAML for our job descriptors: nested maps of scalars, flattened into dotted keys.
 * No lists, anchors or multi-line strings; we did not want SnakeYAML in the service image.
 */
public final class YamlLite {

    private YamlLite() {
    }

    public static Map<String, String> load(String resource) {
        try (InputStream in = YamlLite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not found on classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(BufferedReader reader) throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        Deque<int[]> indents = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(trimmed.charAt(0));
            while (!indents.isEmpty() && indents.peek()[0] >= indent) {
                indents.pop();
                keys.pop();
            }
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = trimmed.substring(0, colon).strip();
            String value = trimmed.substring(colon + 1).strip();
            if (value.isEmpty()) {
                indents.push(new int[] {indent});
                keys.push(key);
                continue;
            }
            if (value.length() > 1 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            StringBuilder path = new StringBuilder();
            keys.descendingIterator().forEachRemaining(k -> path.append(k).append('.'));
            flat.put(path + key, value);
        }
        return flat;
    }
}
