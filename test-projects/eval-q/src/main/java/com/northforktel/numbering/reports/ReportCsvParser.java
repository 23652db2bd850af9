package com.northforktel.numbering.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the CSV output of the Dashboard's "Iris Telephone Number Inventory Report".
 */
public final class ReportCsvParser {

    private static final String TITLE = "Iris Telephone Number Inventory Report";
    private static final Pattern ROW = Pattern.compile("^(\\d{10})(?:,(.*))?$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public record ReportRow(String tn, String activatedOn) {
    }

    public record Result(List<ReportRow> rows, List<String> rejected) {
    }

    public Result parse(String csv) {
        List<ReportRow> rows = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String raw : csv.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(TITLE) || line.startsWith("#")) {
                continue;
            }
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                rejected.add(line);
                continue;
            }
            String extra = m.group(2);
            String activated = extra != null && ISO_DATE.matcher(extra.strip()).matches() ? extra.strip() : null;
            rows.add(new ReportRow(m.group(1), activated));
        }
        return new Result(rows, rejected);
    }
}
