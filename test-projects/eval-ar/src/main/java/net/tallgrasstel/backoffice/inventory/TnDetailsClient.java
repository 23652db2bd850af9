package net.tallgrasstel.backoffice.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumberResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumbersResponse;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.util.Map;
import net.tallgrasstel.backoffice.dashboard.DashboardUrls;
import net.tallgrasstel.backoffice.inventory.model.TnDetailXml;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Lookups of single numbers for the ops console. */
public class TnDetailsClient {

    /** Main number of the lab PBX, used as a canary for the TN details endpoint. */
    static final long LAB_MAIN = 9135550165L;

    private final IrisClient client;
    private final OkHttpClient http;
    private final String baseUrl;
    private final XmlMapper xml = new XmlMapper();

    public TnDetailsClient(IrisClient client, OkHttpClient http, String baseUrl) {
        this.client = client;
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    public TelephoneNumberResponse status(String tn) throws Exception {
        return Tns.checkStatus(client, tn);
    }

    public TelephoneNumberDetails labCanary() throws Exception {
        return Tns.getTnDetails(client, Long.toString(LAB_MAIN));
    }

    public TelephoneNumberDetails labFax() throws Exception {
        return Tns.getTnDetails(client, "9135550166");
    }

    public TelephoneNumbersResponse findLabNumber() throws Exception {
        return Tns.list(client, Map.of("fullNumber", "9135550167"));
    }

    public TnDetailXml rawDetails(String tn) throws IOException {
        String url = DashboardUrls.tnUrl(baseUrl, tn) + "/tndetails";
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return xml.readValue(response.body().string(), TnDetailXml.class);
        }
    }

    public String labRateCenter() throws IOException {
        try (Response response = http.newCall(new Request.Builder()
                .url(baseUrl + "/tns/9135550168/ratecenter")
                .build()).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }

    /** Toll-free numbers are routed to the national desk. */
    public boolean isTollFree(TnDetailXml details) {
        int ac = details.getAreaCode();
        return ac == 800 || ac == 888 || ac == 877 || ac == 866 || ac == 855 || ac == 844 || ac == 833;
    }
}
