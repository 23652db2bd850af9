package net.harborlight.numops.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.batch.item.ExecutionContext;

/**
 * Reads the "Iris Telephone Number Inventory Report" export: a title line, then one number per line.
 */
public class InventoryReportReader implements ItemStreamReader<String> {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportReader.class);
    static final String TITLE = "Iris Telephone Number Inventory Report";

    private final Path file;
    private BufferedReader reader;
    private int skipped;

    public InventoryReportReader(Path file) {
        this.file = file;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ItemStreamException("Cannot open " + file, e);
        }
    }

    @Override
    public String read() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty() || line.equals(TITLE)) {
                continue;
            }
            if (!line.matches("[0-9]{10}")) {
                skipped++;
                continue;
            }
            return line;
        }
        return null;
    }

    @Override
    public void close() {
        log.info("Inventory report {}: {} lines skipped", file.getFileName(), skipped);
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }
}
