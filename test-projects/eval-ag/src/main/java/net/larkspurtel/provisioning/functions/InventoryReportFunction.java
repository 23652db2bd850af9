package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.service.InventoryReportParser;
import net.larkspurtel.provisioning.service.InventoryReportParser.InventoryRow;
import net.larkspurtel.provisioning.service.InventoryStore;

/**
 * Storage trigger on the report bucket: reconciles the Dashboard TN inventory report with the
 * numbers the portal still considers pending.
 */
public class InventoryReportFunction implements BackgroundFunction<InventoryReportFunction.StorageObjectEvent> {

    /** google.storage.object.finalize payload (the fields we use). */
    public static class StorageObjectEvent {
        public String bucket;
        public String name;
        public String contentType;
        public String generation;
        public String size;
        public String timeCreated;

        boolean isCsv() {
            return name != null && name.endsWith(".csv");
        }
    }

    private static final Logger LOG = Logger.getLogger(InventoryReportFunction.class.getName());
    /** 5 GiB: anything bigger is a runaway export, not an inventory report. */
    private static final long MAX_REPORT_BYTES = 5368709120L;

    @Override
    public void accept(StorageObjectEvent event, Context context) throws Exception {
        if (!event.isCsv() || !event.name.startsWith("inventory/")) {
            return;
        }
        if (event.size != null && Long.parseLong(event.size) > MAX_REPORT_BYTES) {
            LOG.warning("refusing " + event.name + " of " + event.size + " bytes");
            return;
        }
        ProvisioningModule module = ProvisioningModule.get();
        List<InventoryRow> rows;
        try (Reader reader = module.reportReader().open(event.bucket, event.name)) {
            rows = module.inventoryReportParser().parse(reader);
        }
        InventoryStore inventory = module.inventory();
        Map<Integer, Integer> inServiceByAreaCode = new TreeMap<>();
        for (InventoryRow row : rows) {
            if ("Inservice".equalsIgnoreCase(row.status())) {
                inServiceByAreaCode.merge(row.areaCode(), 1, Integer::sum);
                inventory.findPending(row.telephoneNumber())
                        .ifPresent(p -> inventory.markActive(p.nationalNumber(), "report:" + event.generation));
            }
        }
        LOG.info(() -> event.name + ": " + rows.size() + " rows, in service by NPA " + inServiceByAreaCode);
    }
}
