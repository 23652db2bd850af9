package com.northwind.numbers.iris.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

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
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.iris.IrisConstants;

/**
 * Hosted messaging through the Iris SDK.
 */
@Service
public class SdkHostedMessagingService {

    private final IrisClient client;
    private final IrisProperties props;

    public SdkHostedMessagingService(IrisClient client, IrisProperties props) {
        this.client = client;
        this.props = props;
    }

    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    public ImportTnOrdersResponse importTns(String customerOrderId, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.getSiteId()));
        order.setSipPeer(Integer.parseInt(props.getSipPeerId()));
        order.setLoaAuthorizingPerson("Northwind Provisioning");
        order.setTelephoneNumberList(toModel(tns));
        return ImportTnOrder.Create(client, order);
    }

    /** Sandbox reset: re-host the pilot customer's numbers. */
    public ImportTnOrdersResponse reimportPilot() throws Exception {
        return importTns("pilot-reimport", IrisConstants.PILOT_HOSTED_TNS);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return com.bandwidth.iris.sdk.model.ImportTnOrder.Get(client, orderId);
    }

    public ImportTnOrders pendingImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query);
    }

    public RemoveImportedTnOrderResponse removeTns(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(tns));
        return RemoveImportedTnOrder.Create(client, order);
    }

    public RemoveImportedTnOrders removals() throws Exception {
        return RemoveImportedTnOrder.List(client, new HashMap<>());
    }

    /** Raw request to the v2 route the SDK cannot reach. */
    public void importTnsV2(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, "messaging"});
        client.post(uri, order);
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> out = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            out.add(t);
        }
        return out;
    }
}
