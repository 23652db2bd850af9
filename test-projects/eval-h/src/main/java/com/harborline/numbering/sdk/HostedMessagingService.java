package com.harborline.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.util.List;

/**
 * Hosted messaging (SMS on numbers whose voice stays with another carrier) through the SDK.
 * Customers sign an LOA in the portal; we then import their numbers into our messaging SIP peer.
 */
public class HostedMessagingService {

    private final IrisClient client;
    private final int siteId;
    private final int messagingPeerId;

    public HostedMessagingService(IrisClient client, int siteId, int messagingPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.messagingPeerId = messagingPeerId;
    }

    public ImportTnOrder buildImportOrder(String customerOrderId, String authorizer, String businessName,
                                          ServiceAddress address, List<String> tns) {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(messagingPeerId);
        order.setLoaAuthorizingPerson(authorizer);
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        subscriber.setServiceAddress(address);
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(toTelephoneNumbers(tns));
        return order;
    }

    public String importNumbers(ImportTnOrder order) throws Exception {
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toTelephoneNumbers(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    static List<TelephoneNumber> toTelephoneNumbers(List<String> tns) {
        return tns.stream().map(tn -> {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            return t;
        }).toList();
    }
}
