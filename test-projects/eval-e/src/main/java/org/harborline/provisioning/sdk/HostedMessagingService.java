package org.harborline.provisioning.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import org.harborline.provisioning.config.IrisConstants;

/**
 * Hosted messaging (bring-your-own-number SMS) through the Iris SDK.
 */
public class HostedMessagingService {

    private final IrisClient client;

    public HostedMessagingService(IrisClient client) {
        this.client = client;
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            list.add(t);
        }
        return list;
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, List<String> tns, String loaPerson)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(IrisConstants.DEFAULT_SITE_ID));
        order.setSipPeer(Integer.parseInt(IrisConstants.DEFAULT_SIP_PEER_ID));
        order.setLoaAuthorizingPerson(loaPerson);
        order.setTelephoneNumberList(toModel(tns));
        return ImportTnOrder.Create(client, order);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders recentImports() throws Exception {
        return ImportTnOrder.List(client, Collections.<String, Object>singletonMap("createdDateFrom", "2024-01-01"));
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(tns));
        return RemoveImportedTnOrder.Create(client, order);
    }

    public ImportTnCheckerResponse checkPortability(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** Raw call for the porting squad's v2 client (the SDK has no /messaging route). */
    public IrisResponse importNumbersRaw(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"});
        return client.post(uri, order);
    }
}
