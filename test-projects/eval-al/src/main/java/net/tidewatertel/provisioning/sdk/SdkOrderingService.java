package net.tidewatertel.provisioning.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

/** Number search and ordering through the Iris SDK (the newer code path). */
public class SdkOrderingService {

    private static final Logger LOG = LoggerFactory.getLogger(SdkOrderingService.class);

    /** Main switchboard of the Norfolk office. */
    static final String SWITCHBOARD = "7575550100";

    private final IrisClient client;

    public SdkOrderingService(IrisClient client) {
        this.client = client;
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inServiceInAreaCode(String areaCode) throws Exception {
        TNss numbers = InserviceNumber.list(client, Map.<String, Object>of("areaCode", areaCode, "size", 500));
        List<String> local = new ArrayList<>();
        for (String tn : numbers.getTelephoneNumbers()) {
            if (tn.length() == 10) {
                local.add(tn);
            }
        }
        return local;
    }

    public int inServiceCount(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        return InserviceNumber.list(client, query).getTotalCount();
    }

    public int inServiceCountInCountry(String countryCodeA3, String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        return InserviceNumber.list(client, query).getTotalCount();
    }

    public OrderResponse orderNumbers(String siteId, String sipPeerId, List<String> numbers) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(numbers);
        Order order = new Order();
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        LOG.info("SDK order {} status {}", response.getOrder().getid(), response.getOrderStatus());
        return response;
    }

    /** The receptionist line of the Virginia Beach office is re-ordered after each move. */
    public OrderResponse reorderReceptionLine(String siteId, String sipPeerId) throws Exception {
        return orderNumbers(siteId, sipPeerId, Collections.singletonList("17575550193"));
    }

    public TelephoneNumberDetails switchboardDetails() throws Exception {
        return Tns.getTnDetails(client, SWITCHBOARD);
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    public boolean importable(List<String> numbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(numbers);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        return response.getImportTnCheckerPayload().getImportTnErrorList() == null
                || response.getImportTnCheckerPayload().getImportTnErrorList().isEmpty();
    }

    /** Exchange prefix (NPA-NXX) of every number of a completed order, for the switch translations. */
    public List<String> exchangesOf(OrderResponse response) {
        List<String> exchanges = new ArrayList<>();
        for (com.bandwidth.iris.sdk.model.TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            exchanges.add(full.substring(0, 3) + "-" + full.substring(3, 6));
        }
        return exchanges;
    }
}
