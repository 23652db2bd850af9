package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetail;
import com.google.inject.Inject;
import net.kestreltel.portdesk.config.SearchDefaults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Number searches for the porting desk ("find me five numbers in 704 near the customer"). */
public class NumberSearchService {

    private final IrisClient client;

    @Inject
    public NumberSearchService(IrisClient client) {
        this.client = client;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", Math.min(quantity, SearchDefaults.MAX_QUANTITY));
        List<?> found = AvailableNumbers.search(client, query);
        List<String> numbers = new ArrayList<>();
        for (Object o : found) {
            numbers.add(o instanceof TelephoneNumberDetail d ? d.getFullNumber() : String.valueOf(o));
        }
        return numbers;
    }

    public List<TelephoneNumberDetail> searchWithDetails(String areaCode, String rateCenter) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", SearchDefaults.COUNTRY_A3);
        query.put("areaCode", areaCode);
        query.put("rateCenter", rateCenter);
        query.put("enableTNDetail", true);
        @SuppressWarnings("unchecked")
        List<TelephoneNumberDetail> details = (List<TelephoneNumberDetail>) AvailableNumbers.search(client, query);
        return details;
    }

    public TNss inService(String areaCode, int page) throws Exception {
        return InserviceNumber.list(client, Map.of("areaCode", areaCode, "page", page, "size", 1000));
    }

    public List<AvailableNpaNxx> exchanges(int areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", String.valueOf(areaCode));
        query.put("quantity", 10);
        return AvailableNpaNxx.list(client, query);
    }
}
