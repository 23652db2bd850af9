package com.pinecrestcomm.qa.crm;

import java.util.List;

/**
 * Copies hosted-messaging requests from the intake form into the CRM, where the provisioning
 * team picks them up.
 */
public class CrmSyncJob {

    private final ImportTnOrder.CrmStore store;

    public CrmSyncJob(ImportTnOrder.CrmStore store) {
        this.store = store;
    }

    public String record(String customerId, List<String> numbers) {
        ImportTnOrder order = ImportTnOrder.Create(customerId, numbers);
        store.save(order);
        return order.ticketId();
    }

    public List<String> numbersOf(String ticketId) {
        return ImportTnOrder.Get(store, ticketId).numbers();
    }
}
