package net.prairiewave.numbering.e911;

import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.xml.XmlSupport;

import java.util.logging.Logger;

/**
 * Pilot for NUM-388: reads E911 addresses through the v2 API so we can diff them against the
 * v1 listing before the cut-over. Uses an absolute URL on purpose.
 */
public class E911AddressV2Probe {

    private static final Logger LOG = Logger.getLogger(E911AddressV2Probe.class.getName());
    static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private final DashboardHttp http;

    public E911AddressV2Probe(DashboardHttp http) {
        this.http = http;
    }

    public int countV2Addresses() {
        String url = V2_BASE + "/accounts/" + http.accountId() + "/e911Addresses";
        int count = XmlSupport.texts(XmlSupport.parse(http.getAbsolute(url)), "AddressId").size();
        LOG.info(() -> "v2 lists " + count + " E911 addresses; v1 equivalent was GET https://dashboard.bandwidth.com/api/accounts/"
                + http.accountId() + "/addresses");
        return count;
    }
}
