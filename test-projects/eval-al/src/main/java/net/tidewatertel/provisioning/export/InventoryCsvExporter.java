package net.tidewatertel.provisioning.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import net.tidewatertel.provisioning.inventory.InventoryRecord;
import net.tidewatertel.provisioning.inventory.InventoryRepository;

/**
 * Monthly CSV of our number inventory for finance and the 911 database vendor,
 * straight from the service order system.
 */
public class InventoryCsvExporter {

    private static final String[] HEADER = {
        "Telephone Number", "NPA", "NXX", "Line", "Customer Account", "Billing Account", "Status"
    };

    private final InventoryRepository inventory;

    public InventoryCsvExporter(InventoryRepository inventory) {
        this.inventory = inventory;
    }

    public int export(Writer out) throws IOException {
        List<InventoryRecord> records = inventory.findAll();
        records.sort(Comparator.comparing(InventoryRecord::getTelephoneNumber));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
            for (InventoryRecord record : records) {
                String tn = record.getTelephoneNumber();
                if (tn == null || tn.length() != 10) {
                    continue;
                }
                printer.printRecord(tn, tn.substring(0, 3), tn.substring(3, 6), tn.substring(6),
                        record.getCustomerAccount(), record.getBillingAccountNumber(), record.getStatus());
            }
        }
        return records.size();
    }
}
