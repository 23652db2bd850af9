package net.prairiewave.numbering.e911;

import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.inventory.TelephoneNumberRecord;
import net.prairiewave.numbering.inventory.TnInventoryStore;
import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;

import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Weekly check that every E911 address our inventory references still exists on the Dashboard.
 * A missing address means a 911 call from that line would not be routed with a location.
 */
public class E911ReconcileJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(E911ReconcileJob.class.getName());

    private final DashboardHttp http;
    private final TnInventoryStore store;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

    public E911ReconcileJob(DashboardHttp http, TnInventoryStore store) {
        this.http = http;
        this.store = store;
    }

    public void scheduleWeekly() {
        scheduler.scheduleWithFixedDelay(this, 10, TimeUnit.DAYS.toMinutes(7), TimeUnit.MINUTES);
    }

    @Override
    public void run() {
        Set<String> known = new HashSet<>(XmlSupport.texts(fetchAllAddresses(), "AddressId"));
        int missing = 0;
        for (TelephoneNumberRecord r : store.all()) {
            if (r.e911AddressId() != null && !known.contains(r.e911AddressId())) {
                missing++;
                LOG.warning("TN " + r.display() + " points at unknown E911 address " + r.e911AddressId());
            }
        }
        LOG.info("E911 reconcile: " + known.size() + " addresses, " + missing + " dangling references");
    }

    private Document fetchAllAddresses() {
        StringJoiner path = new StringJoiner("/", "/", "");
        path.add("accounts").add(http.accountId()).add("addresses");
        return XmlSupport.parse(http.get(path.toString() + "?size=5000"));
    }
}
