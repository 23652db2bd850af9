package net.corvalink.numbering.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV the Dashboard
 * produces for a report instance.
 */
public class TnInventoryReportParser {

    private static final Pattern TN_COLUMN = Pattern.compile("^[0-9]{10}$");

    public List<String> telephoneNumbers(InputStream csv) {
        List<String> tns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String first = line.split(",", 2)[0].trim().replace("\"", "");
                if (TN_COLUMN.matcher(first).matches()) {
                    tns.add(first);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tns;
    }

    /** Count of numbers per NPA, for the capacity dashboard. */
    public Map<String, Integer> countByAreaCode(List<String> tns) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tn : tns) {
            String areaCode = tn.substring(0, 3);
            counts.merge(areaCode, 1, Integer::sum);
        }
        return counts;
    }

    /** The messaging team wants E.164. */
    public List<String> toE164(List<String> tns) {
        List<String> out = new ArrayList<>(tns.size());
        for (String tn : tns) {
            out.add("+1" + tn);
        }
        return out;
    }
}
