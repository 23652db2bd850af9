package net.tidewatertel.numbering.reports;

import com.google.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses the CSV of the Dashboard's number inventory report: a title line, then one number per
 * line, optionally followed by rate center and status columns.
 */
@Singleton
public class InventoryReportParser {

  static final String TITLE = "Iris Telephone Number Inventory Report";

  public record Line(String tn, String npa, String rateCenter, String status) {
  }

  public record Result(List<Line> lines, List<String> rejected, Map<String, Integer> countByNpa, int tollFree) {
  }

  public Result parse(String csv) {
    List<Line> lines = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    Map<String, Integer> countByNpa = new TreeMap<>();
    int tollFree = 0;
    for (String raw : csv.split("\\R")) {
      String row = raw.strip();
      if (row.isEmpty() || row.startsWith(TITLE)) {
        continue;
      }
      String[] cols = row.split(",", -1);
      String tn = cols[0].strip();
      if (!tn.matches("[0-9]{10}")) {
        rejected.add(row);
        continue;
      }
      String npa = tn.substring(0, 3);
      String rateCenter = cols.length > 1 ? cols[1].strip() : "";
      String status = cols.length > 2 ? cols[2].strip() : "Inservice";
      lines.add(new Line(tn, npa, rateCenter, status));
      countByNpa.merge(npa, 1, Integer::sum);
      if (Integer.parseInt(npa) / 100 == 8) {
        tollFree++;
      }
    }
    return new Result(lines, rejected, countByNpa, tollFree);
  }
}
