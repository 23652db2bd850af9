package net.tidewatertel.provisioning.callback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers waiting for a Dashboard order to complete, keyed by the 10-digit
 * number as the service order system stores it (no country code, no punctuation).
 */
public class PendingOrderRegistry {

    public static final class PendingOrder {
        private final String serviceOrderNumber;
        private final String customerAccount;

        public PendingOrder(String serviceOrderNumber, String customerAccount) {
            this.serviceOrderNumber = serviceOrderNumber;
            this.customerAccount = customerAccount;
        }

        public String getServiceOrderNumber() {
            return serviceOrderNumber;
        }

        public String getCustomerAccount() {
            return customerAccount;
        }
    }

    private final Map<String, PendingOrder> byNumber = new ConcurrentHashMap<>();

    public void register(String tenDigitNumber, PendingOrder order) {
        byNumber.put(tenDigitNumber, order);
    }

    public PendingOrder findByNumber(String tenDigitNumber) {
        return byNumber.get(tenDigitNumber);
    }

    public PendingOrder complete(String tenDigitNumber) {
        return byNumber.remove(tenDigitNumber);
    }

    public int size() {
        return byNumber.size();
    }
}
