package net.prairiewave.numbering.inventory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Append-only JSON-lines audit file picked up by the compliance team's shipper. */
public class AuditLog {

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    public synchronized void append(JsonObject entry) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = Json.createWriter(sw)) {
            w.writeObject(entry);
        }
        try {
            Files.writeString(file, sw + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
