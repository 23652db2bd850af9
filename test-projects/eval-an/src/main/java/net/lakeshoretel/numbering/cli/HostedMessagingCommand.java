package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code numbers hosted import|remove|status|history|loa|check|external}: hosted messaging numbers. */
public class HostedMessagingCommand {

    private final IrisClient client;
    private final CliConfig config;

    public HostedMessagingCommand(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    static ImportTnOrder importOrder(CliConfig config, String customerOrderId, List<String> tns) {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(config.getSiteId()));
        order.setSipPeer(Integer.parseInt(config.getSipPeerId()));
        order.setLoaAuthorizingPerson("Lakeshore Telecom Numbering");
        order.setTelephoneNumberList(toModel(tns));
        return order;
    }

    public String importNumbers(String customerOrderId, List<String> tns) throws Exception {
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, importOrder(config, customerOrderId, tns));
        return response.getImportTnOrder().getOrderId();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public List<String> history(String orderId) throws Exception {
        List<String> lines = new ArrayList<>();
        for (OrderHistory entry : ImportTnOrder.GetHistory(client, orderId).getOrderHistoryList()) {
            lines.add(entry.getOrderDate() + " " + entry.getStatus() + " " + entry.getNote());
        }
        return lines;
    }

    public List<String> openOrders() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
        List<String> ids = new ArrayList<>();
        for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
            ids.add(summary.getOrderId());
        }
        return ids;
    }

    public void uploadLoa(String orderId, File pdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf");
    }

    /** LOA file names of an order, straight from the Dashboard (the SDK has no listing that parses them). */
    public String loaFiles(String orderId) throws Exception {
        IrisResponse response = client.get(client.buildAccountModelUri(
                new String[]{IrisPath.IMPORT_TN_ORDERS, orderId, "loas"}));
        return response.getResponseBody();
    }

    /** Which of the numbers can be imported at all. */
    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** Voice-only imports for the SIP trunking customers already use the separate voice route. */
    public IrisResponse importVoice(String customerOrderId, List<String> tns) throws Exception {
        return client.post(client.buildAccountModelUri(new String[]{"importTnOrders", "voice"}),
                importOrder(config, customerOrderId, tns));
    }

    /** External TNs left from before 2022, for the reconciliation. */
    public String externalTns() throws Exception {
        return client.get(client.buildAccountModelUri(new String[]{"externalTns"})).getResponseBody();
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        return numbers;
    }
}
