package io.kestrelvoice.numbering.provisioning.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetail;
import io.kestrelvoice.numbering.dashboard.api.NumberSearchClient;
import io.kestrelvoice.numbering.provisioning.config.ProvisioningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds numbers to offer a customer. Area-code searches go through the Iris SDK; rate-center
 * searches through our own client because the SDK drops the LATA.
 */
@Service
public class NumberSearchService {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchService.class);

    private final IrisClient irisClient;
    private final NumberSearchClient searchClient;
    private final ProvisioningProperties properties;

    public NumberSearchService(IrisClient irisClient, NumberSearchClient searchClient, ProvisioningProperties properties) {
        this.irisClient = irisClient;
        this.searchClient = searchClient;
        this.properties = properties;
    }

    public List<String> byAreaCode(String areaCode, Integer quantity) throws Exception {
        if (properties.blockedAreaCodes().contains(areaCode)) {
            log.info("area code {} is blocked for self-service", areaCode);
            return List.of();
        }
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity == null ? properties.defaultQuantity() : quantity);
        query.put("enableTNDetail", true);

        List<String> numbers = new ArrayList<>();
        for (Object result : AvailableNumbers.search(irisClient, query)) {
            numbers.add(result instanceof TelephoneNumberDetail detail ? detail.getFullNumber() : String.valueOf(result));
        }
        return numbers;
    }

    public List<String> tollFree(String wildcard, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("tollFreeWildCardPattern", wildcard);
        query.put("quantity", quantity);
        List<String> numbers = new ArrayList<>();
        AvailableNumbers.search(irisClient, query).forEach(r -> numbers.add(String.valueOf(r)));
        return numbers;
    }

    public List<String> byRateCenter(String rateCenter, String state, int quantity) {
        return searchClient.searchByRateCenter(rateCenter, state, quantity);
    }

    /** How many numbers we already have in the area code (shown next to the search results). */
    public int inServiceCount(String areaCode) throws Exception {
        Map<String, Object> filter = new HashMap<>();
        filter.put("areacode", areaCode);
        filter.put("size", 1);
        return InserviceNumber.list(irisClient, filter).getTotalCount();
    }

    /** Exchanges in the area code that still have stock, best first. */
    public List<String> exchangesWithStock(String areaCode, int minQuantity) throws Exception {
        List<AvailableNpaNxx> blocks = AvailableNpaNxx.list(irisClient, Map.of("areaCode", areaCode, "quantity", minQuantity));
        int requested = Integer.parseInt(areaCode);
        List<String> exchanges = new ArrayList<>();
        for (AvailableNpaNxx block : blocks) {
            if (Integer.parseInt(block.getNpa()) != requested) {
                continue;
            }
            if (block.getQuantity() >= minQuantity) {
                exchanges.add(block.getNpa() + block.getNxx());
            }
        }
        return exchanges;
    }
}
