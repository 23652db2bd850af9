package com.northwind.numbers.iris.sdk;

import java.util.List;

import org.springframework.stereotype.Service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.iris.IrisConstants;

/**
 * Messaging on/off through TN option orders (the supported way), and SIP peer TN settings.
 */
@Service
public class SdkTnOptionService {

    private final IrisClient client;
    private final IrisProperties props;

    public SdkTnOptionService(IrisClient client, IrisProperties props) {
        this.client = client;
        this.props = props;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? IrisConstants.SMS_ON : IrisConstants.SMS_OFF);
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    /** Caller-id format for a number on our peer; no messaging settings involved. */
    public void setRpidFormat(String tn, String format) throws Exception {
        SipPeer peer = SipPeer.get(client, props.getSiteId(), props.getSipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setrPIDFormat(format);
        peer.updateTn(settings);
    }

    /** Forward the NOC test number to the on-call bridge. */
    public void forwardNocNumber() throws Exception {
        SipPeer peer = SipPeer.get(client, props.getSiteId(), props.getSipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber("2565806461");
        settings.setCallForward("+13048255496");
        peer.updateTn(settings);
    }
}
