package net.tallgrasstel.backoffice.hosting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.File;
import java.util.List;
import java.util.Map;
import net.tallgrasstel.backoffice.config.AppConfig.DashboardSettings;

/** Hosted-messaging imports through the Iris SDK. */
public class HostedMessagingService {

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public HostedMessagingService(IrisClient client, int siteId, int sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, List<String> tns, Subscriber subscriber,
                                                String loaSigner) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaSigner);
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingService::tn).toList());
        return ImportTnOrder.Create(client, order);
    }

    public ImportTnOrders recentImports(String since) throws Exception {
        return ImportTnOrder.List(client, Map.of("createdDateFrom", since, "orderStatus", "COMPLETE"));
    }

    public ImportTnOrder importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void attachLoa(String orderId, File signedLoa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, signedLoa, "application/pdf");
    }

    public FileListResponse loas(String orderId) throws Exception {
        return ImportTnOrder.GetLoas(client, orderId);
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(HostedMessagingService::tn).toList());
        return RemoveImportedTnOrder.Create(client, removal);
    }

    public RemoveImportedTnOrders recentRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("page", 1, "size", 50));
    }

    public RemoveImportedTnOrder removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId);
    }

    /** Checks whether numbers can be imported at all; run before every sales hand-over. */
    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** Nightly smoke test with the numbers of dashboard.json. */
    public ImportTnCheckerResponse smokeCheck(DashboardSettings settings) throws Exception {
        return check(settings.smokeTest().numbers());
    }

    /** Pilot customer for hosted messaging (Flint Hills Vet), imported by hand in 2023. */
    public ImportTnOrdersResponse importFlintHillsVet() throws Exception {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("2210");
        address.setStreetName("Anderson Ave");
        address.setCity("Manhattan");
        address.setStateCode("KS");
        address.setZip("66502");
        Subscriber subscriber = new Subscriber();
        subscriber.setName("Flint Hills Veterinary");
        subscriber.setServiceAddress(address);
        return importNumbers("TG-HM-0007", List.of(
                "7855550191",
                "17855550192",
                "+17855550193"), subscriber, "Kelsey Brandt");
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber t = new TelephoneNumber();
        t.setFullNumber(number);
        return t;
    }
}
