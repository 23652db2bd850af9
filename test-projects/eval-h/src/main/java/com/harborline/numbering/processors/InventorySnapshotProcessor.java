package com.harborline.numbering.processors;

import com.harborline.numbering.repository.DataSourceFactory;
import com.harborline.numbering.repository.TelephoneNumberRepository;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Called once per TN of the hourly inserviceNumbers pull; keeps tn_inventory in step with
 * what Dashboard says is in service on the account.
 */
public class InventorySnapshotProcessor implements Processor {

    private final TelephoneNumberRepository repository;

    public InventorySnapshotProcessor() {
        this(new TelephoneNumberRepository(DataSourceFactory.shared()));
    }

    public InventorySnapshotProcessor(TelephoneNumberRepository repository) {
        this.repository = repository;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String tn = exchange.getIn().getBody(String.class);
        String accountId = exchange.getIn().getHeader("accountId", String.class);
        long number = Long.parseLong(tn);
        String npa = tn.substring(0, 3);
        int areaCode = Integer.parseInt(npa);
        repository.upsertInventory(number, areaCode, accountId);
    }
}
