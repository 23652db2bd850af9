package net.halyardcomm.backoffice.iris;

import java.util.LinkedHashMap;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.TnDetailXml;

/** Number details for the ops console's "lookup" box. */
public class TnDetailsService {

    /** Raleigh NOC line, shown on the console's health tile. */
    public static final String NOC_LINE = "9192345678";

    private final IrisClient client;
    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final IrisSettings settings;

    public TnDetailsService(IrisClient client, DashboardHttp http, JaxbCodec codec, IrisSettings settings) {
        this.client = client;
        this.http = http;
        this.codec = codec;
        this.settings = settings;
    }

    public Map<String, String> details(String tn) throws Exception {
        TelephoneNumberDetails d = Tns.getTnDetails(client, tn);
        Map<String, String> view = new LinkedHashMap<String, String>();
        view.put("number", d.getFullNumber());
        view.put("city", d.getCity());
        view.put("rateCenter", d.getRateCenter());
        view.put("status", d.getStatus());
        view.put("vendor", d.getVendorName());
        return view;
    }

    public Map<String, String> nocTile() throws Exception {
        return details(NOC_LINE);
    }

    /** Raw health probe used by the load balancer check: is the main line still ours? */
    public boolean mainLineInService() {
        String body = http.get("/accounts/" + settings.accountId() + "/tns?fullNumber=9195550100&size=1").body();
        return body.contains("<Status>Inservice</Status>");
    }

    /** Same lookup, raw, for the batch report (the SDK call is slow with many numbers). */
    public TnDetailXml.Details rawDetails(String tn) {
        String xml = http.get("/accounts/" + settings.accountId() + "/tns/" + tn + "/tndetails").body();
        return codec.unmarshal(xml, TnDetailXml.class).getDetails();
    }

    /** The audit report wants the number as digits without the country code. */
    public String auditKey(String tn) {
        TnDetailXml.Details d = rawDetails(tn);
        return Long.toString(d.getFullNumber());
    }

    public String siteOf(String tn) throws Exception {
        return Tns.getSite(client, tn).getName();
    }

    public static String smokeTestLine() {
        return "19195550142";
    }
}
