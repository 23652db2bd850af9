package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code numbers search|inservice|npanxx}: what we can order and what we already have. */
public class SearchCommand {

    private final IrisClient client;
    private final CliConfig config;

    public SearchCommand(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    public List<String> available(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<String> numbers = new ArrayList<>();
        for (Object found : AvailableNumbers.search(client, query)) {
            String tn = String.valueOf(found);
            if (tn.length() == 10) {
                numbers.add(tn);
            }
        }
        return numbers;
    }

    /** Same search with the country given explicitly (used for the Canadian area codes). */
    public List<?> availableInCountry(String countryCodeA3, String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public TNss inService(String areaCode) throws Exception {
        return InserviceNumber.list(client, Map.of("areaCode", areaCode, "page", 1, "size", 500));
    }

    /** In-service count per area code, for the monthly capacity review. */
    public Map<Integer, Integer> inServiceByAreaCode(List<String> areaCodes) throws Exception {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String areaCode : areaCodes) {
            for (String tn : inService(areaCode).getTelephoneNumbers()) {
                counts.merge(Integer.parseInt(tn.substring(0, 3)), 1, Integer::sum);
            }
        }
        return counts;
    }

    public Map<Integer, List<String>> npaNxx(String areaCode) throws Exception {
        Map<Integer, List<String>> blocks = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 1))) {
            int npa = Integer.parseInt(block.getNpa());
            blocks.computeIfAbsent(npa, k -> new ArrayList<>()).add(block.getNxx() + " (" + block.getCity() + ")");
        }
        return blocks;
    }

    /** Link for the ticket, so reviewers can repeat the search in a browser. */
    public String searchLink(String areaCode) {
        return MessageFormat.format("{0}/accounts/{1}/availableNumbers", config.getUri(), config.getAccountId())
                + "?areaCode=" + areaCode;
    }
}
