package net.pinecrest.numbertool.callback;

import net.pinecrest.numbertool.inventory.TnFormats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orders we placed and are waiting to hear about. Keyed by the number the customer asked for, in
 * the 10-digit form the order desk types.
 */
public class PendingOrderRegistry {

    public record PendingOrder(String customerId, String tn, String notifySmsTo) {
    }

    private final Map<String, PendingOrder> byNumber = new ConcurrentHashMap<>();

    public void register(String customerId, String tn, String notifySmsTo) {
        String key = TnFormats.tenDigits(tn);
        byNumber.put(key, new PendingOrder(customerId, key, notifySmsTo));
    }

    public PendingOrder take(String tn) {
        return byNumber.remove(tn);
    }

    public int size() {
        return byNumber.size();
    }
}
