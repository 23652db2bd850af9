package net.tidewatertel.provisioning.numbers;

import java.io.IOException;

import org.apache.commons.httpclient.NameValuePair;

import net.tidewatertel.provisioning.domain.TnDetailXml;
import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** Per-number look-ups: details, rate center, port-in history. */
public class TnDetailsService {

    /** Main switchboard of the Norfolk office. */
    private static final String SWITCHBOARD_RATE_CENTER_PATH = "/tns/7575550100/ratecenter";

    private final DashboardHttpClient http;
    private final String accountId;

    public TnDetailsService(DashboardHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public TnDetailXml details(String tn) throws IOException {
        HttpResult result = http.get("/tns/" + tn + "/tndetails");
        return XmlSupport.unmarshal(result.getBody(), TnDetailXml.class);
    }

    public String switchboardRateCenter() throws IOException {
        return XmlSupport.texts(http.get(SWITCHBOARD_RATE_CENTER_PATH).getBody(), "RateCenter").get(0);
    }

    /** Port-ins of the hospital trunk group, which the account team keeps asking about. */
    public HttpResult hospitalPortIns() throws IOException {
        return http.get("/accounts/" + accountId + "/portins?tn=7574460000&status=FOC");
    }

    public HttpResult portInsOf(String tn) throws IOException {
        return http.get("/accounts/" + accountId + "/portins", new NameValuePair("tn", tn));
    }

    public HttpResult fireStationPortIns() throws IOException {
        return http.get("/accounts/" + accountId + "/portins", new NameValuePair("tn", "7573820911"), new NameValuePair("status", "COMPLETE"));
    }
}
