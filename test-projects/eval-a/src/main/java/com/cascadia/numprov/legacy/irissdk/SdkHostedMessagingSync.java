package com.cascadia.numprov.legacy.irissdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosted-messaging onboarding as written against the Iris Java SDK in 2019. Still run by the
 * reseller onboarding CLI; built with {@code mvn -Plegacy-iris-sdk}.
 */
public class SdkHostedMessagingSync {

    private final IrisClient client;

    public SdkHostedMessagingSync(String accountId, String user, String password) {
        this.client = new IrisClient(accountId, user, password);
    }

    public String importNumbers(int siteId, int sipPeerId, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("sdk-import-" + System.currentTimeMillis());
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Cascadia NOC");
        order.setTelephoneNumberList(toModel(tns));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public int historySize(String orderId) throws Exception {
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, orderId);
        return history.getOrderHistoryList().size();
    }

    public int openImportOrders() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "RECEIVED");
        return ImportTnOrder.List(client, query).getTotalCount();
    }

    public String removeNumbers(List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId("sdk-remove-" + System.currentTimeMillis());
        order.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    /** Re-imports the reseller lab numbers after a sandbox reset. */
    public String importLabNumbers() throws Exception {
        return importNumbers(461, 303716, List.of(
                "2535550181",
                "2535550182"));
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
