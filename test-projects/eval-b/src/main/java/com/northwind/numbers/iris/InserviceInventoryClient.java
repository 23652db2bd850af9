package com.northwind.numbers.iris;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.http.HttpHeaders;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.springframework.stereotype.Component;

import com.northwind.numbers.config.IrisProperties;

/**
 * Reads our in-service inventory from the Dashboard. Apache HttpClient because this class
 * predates the RestTemplate migration and nobody wanted to touch the paging logic.
 */
@Component
public class InserviceInventoryClient {

    private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>(\\d+)</TelephoneNumber>");

    private final CloseableHttpClient http = HttpClients.createDefault();
    private final IrisProperties props;

    public InserviceInventoryClient(IrisProperties props) {
        this.props = props;
    }

    public List<String> inserviceByAreaCode(String areaCode, int page) throws IOException, URISyntaxException {
        URI uri = new URIBuilder()
                .setScheme("https")
                .setHost("dashboard.bandwidth.com")
                .setPath("/v1.0/accounts/" + props.getAccountId() + "/inserviceNumbers")
                .addParameter("areacode", areaCode)
                .addParameter("page", Integer.toString(page))
                .addParameter("size", "500")
                .build();
        return fetchTns(uri);
    }

    public List<String> inserviceForSite(String siteId, String areaCode) throws IOException, URISyntaxException {
        URIBuilder b = new URIBuilder(props.getBaseUrl() + "/accounts/" + props.getAccountId()
                + "/sites/" + siteId + "/inserviceNumbers");
        b.setParameter("areaCode", areaCode);
        return fetchTns(b.build());
    }

    public List<String> inserviceForSiteV2(String siteId, String areaCode) throws IOException, URISyntaxException {
        URIBuilder b = new URIBuilder("https://dashboard.bandwidth.com/api/v2/accounts/" + props.getAccountId()
                + "/sites/" + siteId + "/inserviceNumbers");
        b.setParameter("countryCodeA3", "USA");
        b.setParameter("areaCode", areaCode);
        return fetchTns(b.build());
    }

    /** Numbers in service, grouped by NPA for the capacity dashboard. */
    public List<String> npasInService(String areaCode) throws IOException, URISyntaxException {
        List<String> npas = new ArrayList<>();
        for (String tn : inserviceByAreaCode(areaCode, 1)) {
            if (tn.length() == 10) {
                npas.add(tn.substring(0, 3));
            }
        }
        return npas;
    }

    private List<String> fetchTns(URI uri) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, "application/xml");
        try (CloseableHttpResponse resp = http.execute(get)) {
            String xml = EntityUtils.toString(resp.getEntity(), StandardCharsets.UTF_8);
            List<String> tns = new ArrayList<>();
            Matcher m = TN_ELEMENT.matcher(xml);
            while (m.find()) {
                tns.add(m.group(1));
            }
            return tns;
        }
    }
}
