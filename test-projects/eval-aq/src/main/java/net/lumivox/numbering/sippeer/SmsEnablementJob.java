package net.lumivox.numbering.sippeer;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;

import java.io.IOException;
import java.util.List;

/**
 * Turns SMS on for numbers sold with the "Business Text" add-on.
 */
public class SmsEnablementJob {

    private final HttpRequestFactory requests;
    private final IrisClient sdk;
    private final String baseUrl;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public SmsEnablementJob(HttpRequestFactory requests, IrisClient sdk, String baseUrl, String accountId,
                            String siteId, String peerId) {
        this.requests = requests;
        this.sdk = sdk;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    /** Adds the numbers to the SIP peer with SMS switched on in one request. */
    public void addWithSms(List<String> tns) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        GenericUrl url = new GenericUrl(baseUrl + "/accounts/" + accountId + "/sites/" + siteId
                + "/sippeers/" + peerId + "/tns");
        requests.buildPostRequest(url, ByteArrayContent.fromString("application/xml", xml.toString())).execute();
    }

    /** Same change as a TN option order. */
    public TnOptionOrderResponse enableViaTnOptions(String customerOrderId, List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(sdk, order);
    }

    /** Resets call forwarding through the SDK; no messaging settings involved. */
    public void clearCallForward(String tn) throws Exception {
        SipPeer peer = SipPeer.get(sdk, siteId, peerId);
        SipPeerTelephoneNumber number = peer.getTn(tn);
        number.setCallForward(null);
        peer.updateTn(number);
    }
}
