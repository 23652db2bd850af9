package net.lumivox.numbering.analytics;

import net.lumivox.numbering.persistence.InventoryNumber;
import net.lumivox.numbering.persistence.NumberDao;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Exports the active inventory to the analytics warehouse every hour.
 */
public class NumberUsageExporter {

    private final NumberDao dao;
    private final IrisClient iris;

    public NumberUsageExporter(NumberDao dao, String workspace, String user, String password) {
        this.dao = dao;
        this.iris = new IrisClient(workspace, user, password);
    }

    public int export() throws Exception {
        List<InventoryNumber> active = dao.findByStatus("ACTIVE", 50_000);
        String rows = active.stream()
                .map(n -> "{\"tn\":\"" + n.tn() + "\",\"npa\":" + n.npa() + ",\"synced\":\"" + n.syncedAt() + "\"}")
                .collect(Collectors.joining("\n"));
        return iris.ingest("tn_inventory", rows);
    }
}
