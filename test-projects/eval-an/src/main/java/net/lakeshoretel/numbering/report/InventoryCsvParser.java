package net.lakeshoretel.numbering.report;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the lines of the Dashboard's TN inventory report (CSV: number, status, rate center,
 * LATA, last modified).
 */
public class InventoryCsvParser implements FlatMapFunction<String, InventoryCsvParser.InventoryRow> {

    private static final long serialVersionUID = 1L;
    private static final Pattern TN_COLUMN = Pattern.compile("^\\d{10}$");

    @Override
    public void flatMap(String line, Collector<InventoryRow> out) {
        parse(line).ifPresent(out::collect);
    }

    public Optional<InventoryRow> parse(String line) {
        String[] cols = line.split(",", -1);
        if (cols.length < 4 || !TN_COLUMN.matcher(cols[0].trim()).matches()) {
            return Optional.empty();
        }
        String tn = cols[0].trim();
        long number = Long.parseLong(tn);
        int areaCode = Integer.parseInt(tn.substring(0, 3));
        return Optional.of(new InventoryRow(number, areaCode, cols[1].trim(), cols[2].trim(), cols[3].trim()));
    }

    /** One number of the inventory, as written to the data lake. */
    public record InventoryRow(long telephoneNumber, int areaCode, String status, String rateCenter, String lata)
            implements Serializable {

        public String toCsv() {
            return telephoneNumber + "," + areaCode + "," + status + "," + rateCenter + "," + lata;
        }
    }
}
