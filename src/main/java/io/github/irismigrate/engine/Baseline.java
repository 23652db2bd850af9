package io.github.irismigrate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline file: findings a team accepted for now, so that the gate fails only on new ones. A finding matches
 * by rule, file and fingerprint (a hash of the usage's code, not its line), so it survives edits that shift lines.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Integer> entries;
    private final Path file;

    private Baseline(Path file, Map<String, Integer> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Reads a baseline; a file that cannot be read or is not a baseline is an error naming the file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("baseline " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new IOException("baseline " + file + " has no \"findings\" array; write it with mvn iris-migrate:baseline");
        }
        Map<String, Integer> entries = new HashMap<>();
        for (JsonNode f : findings) {
            entries.merge(key(f.path("ruleId").asText(), f.path("file").asText(), f.path("fingerprint").asText()), 1, Integer::sum);
        }
        return new Baseline(file, entries);
    }

    /** Marks the findings the baseline holds; each baseline entry matches at most one finding. */
    public ScanResult apply(ScanResult result) {
        Map<String, Integer> left = new HashMap<>(entries);
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            String k = key(f.rule().id(), f.file(), f.fingerprint());
            if (f.counts() && !f.fixed() && left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
                out.add(f.withSuppression(new Finding.Suppression(Finding.Suppression.Kind.BASELINE, "in baseline " + file.getFileName())));
            } else {
                out.add(f);
            }
        }
        return new ScanResult(result.projectName(), out, result.errors(), result.filesScanned(), result.filesFixed(), result.elapsedMillis());
    }

    /** Writes every open finding (not suppressed inline, not fixed) of the results as the new baseline. */
    public static int write(Path file, List<Finding> findings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "iris-migrate");
        root.put("version", 1);
        ArrayNode arr = root.putArray("findings");
        int n = 0;
        for (Finding f : findings) {
            if (f.fixed() || f.suppression() != null && f.suppression().kind() == Finding.Suppression.Kind.INLINE) {
                continue;
            }
            ObjectNode o = arr.addObject();
            o.put("ruleId", f.rule().id());
            o.put("file", f.file());
            o.put("fingerprint", f.fingerprint());
            o.put("line", f.line());
            o.put("message", f.message());
            n++;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private static String key(String rule, String file, String fingerprint) {
        return rule + "|" + file + "|" + fingerprint;
    }
}
