package com.lumenline.provisioning.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.lumenline.provisioning.constants.IrisConstants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Number searches through the Iris SDK. The batch jobs use this; the portal uses the reactive
 * {@code AvailableNumbersClient}.
 */
@Service
public class IrisNumberSearchService {

    private static final Logger log = LoggerFactory.getLogger(IrisNumberSearchService.class);

    private final IrisClient irisClient;

    public IrisNumberSearchService(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    /** Available numbers in an area code, ten-digit strings only (the SDK sometimes returns details). */
    public List<String> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<?> results = AvailableNumbers.search(irisClient, query);
        List<String> numbers = new ArrayList<>();
        for (Object o : results) {
            String tn = String.valueOf(o);
            if (tn.length() != 10) {
                log.debug("Skipping unexpected search result {}", tn);
                continue;
            }
            numbers.add(tn);
        }
        return numbers;
    }

    /** In-service numbers in an area code, for the reconciliation job. */
    public List<String> inServiceInAreaCode(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("size", IrisConstants.MAX_PAGE_SIZE);
        TNss tns = InserviceNumber.list(irisClient, query);
        return tns.getTelephoneNumbers() == null ? List.of() : tns.getTelephoneNumbers();
    }

    /** NPA-NXX blocks; this one was already given a country for the Canada launch. */
    public List<AvailableNpaNxx> npaNxxBlocks(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("countryCodeA3", IrisConstants.DEFAULT_COUNTRY_A3);
        return AvailableNpaNxx.list(irisClient, query);
    }

    /** Available numbers near a ZIP code. */
    public List<?> availableNearZip(String zip, int quantity) throws Exception {
        return AvailableNumbers.search(irisClient, Map.of("zip", zip, "quantity", quantity));
    }
}
