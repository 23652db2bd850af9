package net.kestrelwave.integration.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches the Dashboard for numbers we can order.
 */
@Service
public class NumberSearchService {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchService.class);

    private final IrisClient client;

    public NumberSearchService(IrisClient client) {
        this.client = client;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<?> found = AvailableNumbers.search(client, query);
        log.info("availableNumbers areaCode={} returned {} numbers", areaCode, found.size());
        return toStrings(found);
    }

    public List<String> searchVanity(String areaCode, String pattern) throws Exception {
        List<?> found = AvailableNumbers.search(client, Map.of("areaCode", areaCode, "localVanity", pattern, "quantity", 25));
        return toStrings(found);
    }

    public List<String> searchByZip(String zip, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("zip", zip);
        query.put("quantity", quantity);
        return toStrings(AvailableNumbers.search(client, query));
    }

    public List<String> searchDomestic(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return toStrings(AvailableNumbers.search(client, query));
    }

    public List<NpaNxxAvailability> availableExchanges(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 5);
        List<NpaNxxAvailability> rows = new ArrayList<>();
        for (AvailableNpaNxx npaNxx : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(npaNxx.getNpa());
            rows.add(new NpaNxxAvailability(npa, npaNxx.getNxx(), npaNxx.getCity(), npaNxx.getQuantity()));
        }
        return rows;
    }

    public boolean isTollFreeExchange(AvailableNpaNxx npaNxx) {
        int areaCode = Integer.parseInt(npaNxx.getNpa());
        return areaCode >= 800 && areaCode <= 888;
    }

    private static List<String> toStrings(List<?> found) {
        List<String> numbers = new ArrayList<>(found.size());
        for (Object o : found) {
            numbers.add(String.valueOf(o));
        }
        return numbers;
    }

    /** One row of the availableNpaNxx answer, flattened for the capacity dashboard. */
    public record NpaNxxAvailability(
            int areaCode,
            String exchange,
            String city,
            int quantity) {

        public String prefix() {
            return areaCode + exchange;
        }
    }
}
