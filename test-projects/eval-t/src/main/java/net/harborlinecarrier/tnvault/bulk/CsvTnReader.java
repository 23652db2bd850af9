package net.harborlinecarrier.tnvault.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import net.harborlinecarrier.tnvault.core.TelephoneNumbers;

/**
 * Reads the CSV files customers upload to the SFTP drop: one number per line, any punctuation,
 * optional header. Produces batches of national numbers.
 */
public class CsvTnReader {

    private final int batchSize;

    public CsvTnReader(int batchSize) {
        this.batchSize = batchSize;
    }

    public List<List<String>> read(Reader source) throws IOException {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String cell = line.split(",", 2)[0].trim();
                if (cell.isEmpty() || cell.equalsIgnoreCase("tn") || cell.startsWith("#")) {
                    continue;
                }
                String tn = TelephoneNumbers.fromCustomerInput(cell);
                if (tn.length() != 10) {
                    throw new IOException("not a NANP number: " + cell);
                }
                current.add(tn);
                if (current.size() == batchSize) {
                    batches.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }
}
