package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.InventoryRecord;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one in-service number from the Dashboard against the billing inventory.
 */
public class InserviceNumberProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(InserviceNumberProcessor.class);

    @Override
    public void process(Exchange exchange) {
        String tn = exchange.getIn().getBody(String.class).trim();
        if (tn.length() != 10) {
            LOG.warn("Skipping malformed TN '{}' in inserviceNumbers response", tn);
            exchange.setRouteStop(true);
            return;
        }
        TnInventoryStore store = exchange.getContext().getRegistry().lookupByNameAndType("tnInventoryStore", TnInventoryStore.class);
        InventoryRecord record = store.find(tn);
        if (record == null) {
            record = new InventoryRecord(Long.parseLong(tn), null, "UNBILLED");
            store.save(record);
            LOG.info("TN {} in service on the Dashboard but unknown to billing", tn);
        }
        exchange.getIn().setHeader("billingStatus", record.getStatus());
    }
}
