package net.northwind.porting.jobs;

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
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports reseller numbers into hosted messaging through the Iris SDK, and removes the ones a
 * reseller has cancelled. Runs after the nightly reconciliation.
 */
public class HostedMessagingImportJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingImportJob.class);

    /** Two lines in our own NOC used to smoke-test the import path. */
    static final List<String> PILOT_TNS = List.of(
            "9194600001",
            "9194600002");

    private final IrisClient iris;
    private final AppConfig config;

    public HostedMessagingImportJob(IrisClient iris, AppConfig config) {
        this.iris = iris;
        this.config = config;
    }

    @Override
    public String name() {
        return "hosted-import";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        List<String> tns = args.contains("--pilot")
                ? PILOT_TNS
                : Files.readAllLines(Path.of(args.get(0)));

        ImportTnCheckerPayload check = new ImportTnCheckerPayload();
        check.setTelephoneNumberList(tns);
        ImportTnCheckerResponse checked = ImportTnChecker.Check(iris, check);
        log.info("portability check done: {}", checked);

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("HMI-" + System.currentTimeMillis());
        order.setSiteId(Integer.parseInt(config.siteId()));
        order.setSipPeer(Integer.parseInt(config.sipPeerId()));
        order.setLoaAuthorizingPerson("Northwind Porting Desk");
        order.setTelephoneNumberList(toSdk(tns));

        ImportTnOrdersResponse created = ImportTnOrder.Create(iris, order);
        String orderId = created.getImportTnOrder().getOrderId();
        log.info("import order {} created for {} numbers", orderId, tns.size());

        OrderHistoryWrapper history = ImportTnOrder.GetHistory(iris, orderId);
        log.debug("history: {}", history);
        return Result.ok(name(), tns.size());
    }

    /** Lists open import orders; used by the ops dashboard export. */
    public List<ImportTnOrderSummary> openOrders() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(iris, Map.of("status", "PROCESSING"));
        return orders.getImportTnOrderSummaryList();
    }

    /** Removes cancelled numbers from hosted messaging. */
    public String removeCancelled(String batchId, List<String> cancelledTns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(batchId);
        removal.setTelephoneNumberList(toSdk(cancelledTns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(iris, removal);
        String id = response.getRemoveImportedTnOrder().getOrderId();
        RemoveImportedTnOrder stored = com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(iris, id);
        return stored.getProcessingStatus();
    }

    /** LOA files of an import order; the SDK has no typed call for the list we need. */
    public String loaFileList(String orderId) throws Exception {
        String uri = iris.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.LOAS});
        IrisResponse response = iris.get(uri);
        return response.getResponseBody();
    }

    /**
     * Same order through a raw request on the v2 route, for accounts already moved to v2 (client from
     * {@code IrisClientFactory#v2Client}).
     */
    public String createOnMessagingRoute(IrisClient v2, ImportTnOrder order) throws Exception {
        String uri = v2.buildAccountModelUri(new String[]{"importTnOrders", "messaging"});
        IrisResponse response = v2.post(uri, order);
        return v2.getIdFromLocationHeader(response.getHeaders().get("Location"));
    }

    private static List<TelephoneNumber> toSdk(List<String> tns) {
        List<TelephoneNumber> out = new ArrayList<>(tns.size());
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            out.add(t);
        }
        return out;
    }
}
