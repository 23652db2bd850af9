package com.tallgrassvoice.portwell.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the number lists sales hands us (one number per line, first column; any punctuation).
 * Lines starting with '#' are comments.
 */
public class CsvNumberReader {

    private static final Pattern NON_DIGIT = Pattern.compile("[^0-9]");

    public List<String> read(Path csv) throws IOException {
        Set<String> numbers = new LinkedHashSet<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(csv)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.toLowerCase().startsWith("number")) {
                continue;
            }
            String digits = NON_DIGIT.matcher(line.split(",")[0]).replaceAll("");
            if (digits.length() == 11 && digits.startsWith("1")) {
                digits = digits.substring(1);
            }
            if (digits.length() != 10) {
                throw new IllegalArgumentException(csv + ":" + lineNo + ": not a 10-digit number: " + line);
            }
            numbers.add(digits);
        }
        return new ArrayList<>(numbers);
    }
}
