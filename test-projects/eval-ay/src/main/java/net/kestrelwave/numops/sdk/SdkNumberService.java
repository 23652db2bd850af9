package net.kestrelwave.numops.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Number searches and inventory reads through the Iris SDK. */
public class SdkNumberService {

    private final IrisClient client;

    public SdkNumberService(IrisClient client) {
        this.client = client;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        List<?> found = AvailableNumbers.search(client, query);
        List<String> numbers = new ArrayList<>();
        for (Object o : found) {
            numbers.add(String.valueOf(o));
        }
        return numbers;
    }

    /** Canadian searches go through here; the Toronto team needs the country filter. */
    public List<String> searchByAreaCode(String areaCode, String countryCodeA3, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("countryCodeA3", countryCodeA3);
        query.put("quantity", quantity);
        List<?> found = AvailableNumbers.search(client, query);
        return found.stream().map(String::valueOf).toList();
    }

    /** How many of our in-service numbers sit in each area code. */
    public Map<Integer, Integer> inServiceByNpa(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.<String, Object>of("areacode", areaCode, "size", 1000));
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String tn : tns.getTelephoneNumbers()) {
            int npa = Integer.parseInt(tn.substring(0, 3));
            counts.merge(npa, 1, Integer::sum);
        }
        return counts;
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.<String, Object>of("areaCode", areaCode));
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }
}
