package net.tallgrasstel.backoffice.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;

/** TN option orders (SMS, caller-id format) and SIP peer moves through the SDK. */
public class TnOptionClient {

    private final IrisClient client;
    private final OkHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public TnOptionClient(IrisClient client, OkHttpClient http, String baseUrl, String accountId, String siteId,
                          String peerId) {
        this.client = client;
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public TnOptionOrderResponse sms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("TG-SMS-" + UUID.randomUUID());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    /** Lab numbers used by the messaging regression suite. */
    public TnOptionOrderResponse labSmsOn() throws Exception {
        return sms(Arrays.asList(
                "9135550161",
                "9135550162"), true);
    }

    /** Changes only the forwarding target; the SDK model has no messaging part. */
    public void forward(String tn, String target) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(target);
        peer.updateTn(number);
    }
}
