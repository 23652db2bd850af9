package net.cobaltline.inventory.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the number lists that sales engineering drop on the batch host: one number per line,
 * {@code #} comments allowed. Lines are validated before anything is sent.
 */
public final class NumberFileReader {

    private NumberFileReader() {
    }

    public static List<String> read(Path file) throws IOException {
        List<String> numbers = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String digits = line.replaceAll("[\\s().-]", "");
            if (!digits.matches("\\d{10}")) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": not a ten-digit number: " + raw);
            }
            numbers.add(digits);
        }
        return numbers;
    }

    public static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return out;
    }
}
