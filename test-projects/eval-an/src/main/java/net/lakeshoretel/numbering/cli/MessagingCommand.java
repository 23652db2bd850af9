package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/** {@code numbers sms on|off|forward|smpp-peer}: messaging and forwarding settings of our numbers. */
public class MessagingCommand {

    private final IrisClient client;
    private final CliConfig config;

    public MessagingCommand(IrisClient client, CliConfig config) {
        this.client = client;
        this.config = config;
    }

    static TnOptionOrder smsOrder(String customerOrderId, List<String> tns, boolean enable) {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enable ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return order;
    }

    /** Bulk SMS switch through a TN option order. */
    public String setSms(List<String> tns, boolean enable) throws Exception {
        TnOptionOrderResponse response = TnOptions.create(client,
                smsOrder("LKS-SMS-" + System.currentTimeMillis(), tns, enable));
        return response.getTnOptionOrder().getOrderId();
    }

    /** Single-number SMS switch on the SIP peer, what the retail desk uses for one-off fixes. */
    public void setSmsOnPeer(String tn, boolean enable) throws IOException {
        StringBuilder xml = new StringBuilder();
        xml.append("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(tn).append("</FullNumber>")
                .append("<MessagingSettings>")
                .append("<SmsEnabled>").append(enable).append("</SmsEnabled>")
                .append("</MessagingSettings>")
                .append("</SipPeerTelephoneNumber>");
        String url = config.getUri() + "/accounts/" + config.getAccountId() + "/sites/" + config.getSiteId()
                + "/sippeers/" + config.getSipPeerId() + "/tns/" + tn;
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", Credentials.basic(config.getUsername(), config.getPassword()))
                .put(RequestBody.create(xml.toString(), MediaType.get("application/xml")))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("sippeer tn update failed: HTTP " + response.code());
            }
        }
    }

    /** Call forward of one number, through the SDK. */
    public void setCallForward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, config.getSiteId(), config.getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        number.setrPIDFormat("e164");
        peer.updateTn(number);
    }

    /** Creates the SIP peer our SMPP gateway binds to. */
    public String createSmppPeer(String name, String smppHost) throws Exception {
        Host host = new Host();
        host.setHostName(smppHost);
        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setDescription("SMPP gateway " + smppHost);
        peer.setShortMessagingProtocol("SMPP");
        peer.setSmsHosts(List.of(host));
        peer.setDefaultPeer(false);
        return SipPeer.create(client, config.getSiteId(), peer).getPeerId();
    }
}
