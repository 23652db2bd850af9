package com.cascadia.numprov.iris;

import com.cascadia.numprov.domain.LabNumbers;

import java.util.logging.Logger;

/** Per-number lookups used by the support console and the hourly routing check. */
public class TnDetailsClient {

    private static final Logger LOG = Logger.getLogger(TnDetailsClient.class.getName());

    private static final String TN_DETAILS_URL = "https://dashboard.bandwidth.com/api/tns/%s/tndetails";

    /** Upper bound used when we want every page in one go. */
    private static final int ALL = 2147483647;

    private final IrisHttp http;

    public TnDetailsClient(IrisHttp http) {
        this.http = http;
    }

    public String details(String tn) {
        return http.get(String.format(TN_DETAILS_URL, tn));
    }

    public String siteOf(String tn) {
        return http.get(http.baseUrl() + IrisPaths.TNS + tn + "/sites");
    }

    /** Hourly: is the canary still on our account and routed to the lab peer? */
    public boolean canaryHealthy() {
        String xml = http.get(http.baseUrl() + IrisPaths.TNS + LabNumbers.CANARY_TN + "/sippeers");
        boolean ok = xml.contains("<PeerId>") && xml.contains("<SiteId>");
        if (!ok) {
            LOG.severe("Canary number lost its SIP peer; call the NOC on " + LabNumbers.NOC_DESK_PHONE);
        }
        return ok;
    }

    /** The Durham switch test line, looked up through the /tns search. */
    public String durhamTestLine() {
        return http.get(http.baseUrl() + "/tns?tn=9195550188&page=1&size=" + ALL);
    }
}
