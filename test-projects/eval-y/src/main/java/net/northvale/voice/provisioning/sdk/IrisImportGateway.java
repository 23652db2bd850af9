package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Hosted-messaging imports through the SDK, used for business lines sold with the "Text from your
 * main number" add-on.
 */
@ApplicationScoped
public class IrisImportGateway {

    private IrisClient client;
    private DashboardSettings settings;

    protected IrisImportGateway() {
    }

    @Inject
    public IrisImportGateway(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String importForMessaging(String customerOrderId, String businessName, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.siteId()));
        order.setSipPeer(Integer.parseInt(settings.sipPeerId()));
        order.setLoaAuthorizingPerson(ProvisioningDefaults.LOA_AUTHORIZING_PERSON);
        order.setSubscriber(subscriber(businessName));
        order.setTelephoneNumberList(tns.stream().map(IrisImportGateway::tn).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders openImports() throws Exception {
        return ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    /** The carrier LOA is mandatory for imports of numbers we ported in less than 60 days ago. */
    public void attachLoa(String orderId, File loaPdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, loaPdf, "application/pdf");
    }

    public String removeFromMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(IrisImportGateway::tn).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Raw listing URL for the admin console's "open in Dashboard API" link. */
    public String importOrderUri(String orderId) throws Exception {
        return client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, orderId});
    }

    /** Portability pre-check; the checker endpoint is unchanged in v2. */
    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber(number);
        return tn;
    }

    private static Subscriber subscriber(String businessName) {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(businessName);
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("1400");
        address.setStreetName("Wewatta St");
        address.setCity("Denver");
        address.setStateCode("CO");
        address.setZip("80202");
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
