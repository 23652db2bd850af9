package com.lumenline.provisioning.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Site;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.stereotype.Service;

/**
 * Location (SIP peer) management through the SDK: which site/peer a number sits on and its
 * voice routing settings.
 */
@Service
public class SipPeerProvisioningService {

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public SipPeerProvisioningService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public List<Site> sites() throws Exception {
        return Site.list(irisClient);
    }

    /** Sets the caller-id rewrite for a number on its peer. No messaging settings here. */
    public void setRewriteUser(String tn, String rewriteUser) throws Exception {
        SipPeer peer = SipPeer.get(irisClient, props.defaultSiteId(), props.defaultSipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setRewriteUser(rewriteUser);
        settings.setrPIDFormat("e164");
        peer.updateTn(settings);
    }

    public String statusOf(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(irisClient, tn);
        return details.getStatus();
    }

    public String peerOf(String tn) throws Exception {
        return Tns.getSipPeer(irisClient, tn).getPeerId();
    }
}
