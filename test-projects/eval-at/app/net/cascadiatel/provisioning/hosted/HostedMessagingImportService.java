package net.cascadiatel.provisioning.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosted messaging: brings numbers that stay on the customer's voice carrier onto our
 * messaging platform. {@code ImportTnOrder.Create} posts to /accounts/{accountId}/importTnOrders;
 * numbers are 10 digits, e.g. 5035550101.
 */
@Singleton
public class HostedMessagingImportService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingImportService.class);

    private final IrisClient client;
    private final IrisSettings settings;

    @Inject
    public HostedMessagingImportService(IrisClient client, IrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public static ImportTnOrder toOrder(String customerOrderId, List<String> tns, int siteId, int sipPeerId,
                                        String businessName) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("1200");
        address.setStreetName("NW Naito Pkwy");
        address.setCity("Portland");
        address.setStateCode("OR");
        address.setZip("97209");

        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        subscriber.setServiceAddress(address);

        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson("Cascadia Telecom NOC");
        order.setTelephoneNumberList(numbers);
        return order;
    }

    public ImportTnCheckerResponse precheck(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(new ArrayList<>(tns));
        return ImportTnChecker.Check(client, payload);
    }

    public String importNumbers(String customerOrderId, List<String> tns, String businessName) throws Exception {
        ImportTnOrder order = toOrder(customerOrderId, tns, Integer.parseInt(settings.siteId()),
                Integer.parseInt(settings.sipPeerId()), businessName);
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        log.info("Hosted messaging import {} created for {} numbers", orderId, tns.size());
        return orderId;
    }

    public String status(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(client, orderId);
        for (TelephoneNumber tn : order.getTelephoneNumberList()) {
            if (tn.getFullNumber().length() != 10) {
                log.warn("Import order {} returned number {} in an unexpected format", orderId, tn.getFullNumber());
            }
        }
        return order.getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders sinceYesterday() throws Exception {
        Map<String, Object> query = Map.of("createdDateFrom", LocalDate.now().minusDays(1).toString());
        return ImportTnOrder.List(client, query);
    }

    public void attachLoa(String orderId, File loa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, loa, "application/pdf");
    }

    public String notes(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, orderId, "notes"});
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }
}
