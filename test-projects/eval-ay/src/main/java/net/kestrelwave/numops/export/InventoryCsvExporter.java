package net.kestrelwave.numops.export;

import com.opencsv.CSVWriter;
import net.kestrelwave.numops.db.InventoryDao.InventoryRow;
import net.kestrelwave.numops.util.PhoneNumbers;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the inventory CSV that finance and the NOC pull every Monday. */
public class InventoryCsvExporter {

    /** Finance's importer gives up on files larger than this. */
    public static final long MAX_EXPORT_BYTES = 4294967295L;

    private static final String[] HEADER = {"telephone_number", "area_code", "site", "status", "customer"};

    public int export(List<InventoryRow> rows, Writer out) throws IOException {
        int written = 0;
        try (CSVWriter writer = new CSVWriter(out)) {
            writer.writeNext(HEADER);
            for (InventoryRow row : rows) {
                String areaCode = row.tn().substring(0, 3);
                writer.writeNext(new String[]{
                        PhoneNumbers.toNational(row.tn()),
                        areaCode,
                        row.siteId(),
                        row.status(),
                        row.customerId() == null ? "" : row.customerId()});
                written++;
            }
        }
        return written;
    }
}
