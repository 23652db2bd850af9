package net.kestrelwave.numops.reports;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.bean.CsvToBeanBuilder;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the CSV files of Dashboard number inventory reports. */
public class InventoryReportParser {

    private static final Pattern TN = Pattern.compile("\\d{10}");

    /** Just the numbers: first column of every data row; the first line is the report title. */
    public List<String> parseNumbers(Reader in) throws IOException {
        List<String> numbers = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(in).withSkipLines(1).build()) {
            String[] row;
            while ((row = reader.readNext()) != null) {
                if (row.length == 0) {
                    continue;
                }
                String value = row[0].trim();
                if (TN.matcher(value).matches()) {
                    numbers.add(value);
                }
            }
        } catch (CsvValidationException e) {
            throw new IOException("Malformed report line", e);
        }
        return numbers;
    }

    /** Full rows; the header line follows the title line. */
    public List<TnReportRow> parseRows(Reader in) {
        return new CsvToBeanBuilder<TnReportRow>(in)
                .withType(TnReportRow.class)
                .withSkipLines(1)
                .withIgnoreEmptyLine(true)
                .build()
                .parse();
    }
}
