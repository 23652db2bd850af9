package net.northwindtel.provisioning.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OkHttp based client used by the E911 sync worker and the NPA-NXX coverage report.
 * Kept separate from the RestClient beans because it runs on its own connection pool.
 */
@Slf4j
@Component
public class OkHttpDashboardClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final DashboardProperties props;
    private final XmlMapper xml = new XmlMapper();

    public OkHttpDashboardClient(DashboardProperties props) {
        this.props = props;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(props.getConnectTimeout())
                .readTimeout(props.getReadTimeout())
                .authenticator((route, response) -> response.request().newBuilder()
                        .header("Authorization", Credentials.basic(props.getUsername(), props.getPassword()))
                        .build())
                .build();
    }

    private HttpUrl.Builder accountUrl() {
        return HttpUrl.get(props.getBaseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(props.getAccountId());
    }

    public String e911AddressesXml(int page) throws IOException {
        HttpUrl url = accountUrl()
                .addPathSegment("addresses")
                .addQueryParameter("page", Integer.toString(page))
                .build();
        return execute(new Request.Builder().url(url).get().build());
    }

    /** Number of available numbers per NPA for the coverage report. */
    public Map<Integer, Integer> npaCoverage(String areaCode) throws IOException {
        HttpUrl url = accountUrl()
                .addPathSegment("availableNpaNxx")
                .addQueryParameter("areaCode", areaCode)
                .build();
        JsonNode root = xml.readTree(execute(new Request.Builder().url(url).get().build()));
        Map<Integer, Integer> coverage = new LinkedHashMap<>();
        for (JsonNode entry : root.path("AvailableNpaNxxList").path("AvailableNpaNxx")) {
            int npa = Integer.valueOf(entry.path("Npa").asText());
            coverage.merge(npa, entry.path("Quantity").asInt(), Integer::sum);
        }
        return coverage;
    }

    /** Turns SMS on for a number routed to a SIP peer (the portal's "enable texting" toggle). */
    public void enableSmsOnTn(String siteId, String sipPeerId, String tn) throws IOException {
        HttpUrl url = accountUrl()
                .addPathSegments("sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn)
                .build();
        String body = "<SipPeerTelephoneNumber>"
                + "<FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        execute(new Request.Builder().url(url).put(RequestBody.create(body, XML)).build());
    }

    private String execute(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Dashboard returned " + response.code() + " for " + request.url().encodedPath());
            }
            return response.body() == null ? "" : response.body().string();
        }
    }
}
