package net.cascadiatel.provisioning.reports;

import java.util.ArrayList;
import java.util.List;
import javax.inject.Singleton;

/** Parses the CSV of the "Iris Telephone Number Inventory Report". */
@Singleton
public class InventoryCsvParser {

    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<String> telephoneNumbers(String csv) {
        List<String> tns = new ArrayList<>();
        for (String raw : csv.split("\\R")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith(TITLE)) {
                continue;
            }
            String tn = line.split(",")[0].replace("\"", "");
            if (tn.length() != 10) {
                continue;
            }
            tns.add(tn);
        }
        return tns;
    }

    /** Numeric form for the range analysis of the monthly capacity review. */
    public long[] asNumbers(List<String> tns) {
        long[] numbers = new long[tns.size()];
        for (int i = 0; i < tns.size(); i++) {
            numbers[i] = Long.parseLong(tns.get(i));
        }
        return numbers;
    }

    public boolean looksLikeInventoryRow(String line) {
        return line.matches("^\"?\\d{10}\"?(,.*)?$");
    }
}
