package com.bluepinenet.cdrpipeline.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumberResponse;
import com.bandwidth.iris.sdk.model.Tns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Service;

/** Point lookups of single numbers through the SDK. */
@Service
public class TnLookupService {

    private static final Logger log = LoggerFactory.getLogger(TnLookupService.class);

    /** Our own NOC main line; if the Dashboard stops knowing it something is badly wrong. */
    private static final String CANARY_TN = "9195550100";

    /** Lab PBX main number, kept as a number because the lab inventory sheet stores it that way. */
    private static final long LAB_MAIN_LINE = 9195550180L;

    private final IrisClient iris;

    public TnLookupService(IrisClient iris) {
        this.iris = iris;
    }

    public Health canaryHealth() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(iris, CANARY_TN);
            return "Inservice".equals(details.getStatus())
                    ? Health.up().withDetail("canary", details.getStatus()).build()
                    : Health.down().withDetail("canary", details.getStatus()).build();
        } catch (Exception e) {
            log.warn("Canary lookup GET https://dashboard.bandwidth.com/v1.0/tns/{}/tndetails failed", CANARY_TN, e);
            return Health.down(e).build();
        }
    }

    public TelephoneNumberDetails labMainLine() throws Exception {
        return Tns.getTnDetails(iris, String.valueOf(LAB_MAIN_LINE));
    }

    public String siteOf(String tn) throws Exception {
        return Tns.getSite(iris, tn).getId();
    }

    public SipPeer sipPeerOf(String tn) throws Exception {
        return Tns.getSipPeer(iris, tn);
    }

    public TelephoneNumberResponse status(String tn) throws Exception {
        return Tns.checkStatus(iris, tn);
    }

    public boolean sameAreaCode(String tnA, String tnB) throws Exception {
        TelephoneNumberDetails a = Tns.getTnDetails(iris, tnA);
        TelephoneNumberDetails b = Tns.getTnDetails(iris, tnB);
        return a.getFullNumber().substring(0, 3).equals(b.getFullNumber().substring(0, 3));
    }
}
