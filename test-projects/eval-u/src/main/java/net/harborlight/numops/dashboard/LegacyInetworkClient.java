package net.harborlight.numops.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.configuration.ConfigurationException;
import org.apache.commons.configuration.XMLConfiguration;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Client for the east-region accounts that were provisioned before the Dashboard rename and are
 * still configured through the old iris-client.xml of the provisioning scripts.
 */
@Component
@ConditionalOnProperty(prefix = "dashboard.legacy", name = "enabled", havingValue = "true")
public class LegacyInetworkClient {

    private final String uri;
    private final String accountId;
    private final String username;
    private final String password;

    public LegacyInetworkClient(DashboardProperties props) throws ConfigurationException {
        XMLConfiguration xml = new XMLConfiguration(props.getLegacy().getConfigFile());
        this.uri = xml.getString("uri");
        this.accountId = xml.getString("accountId");
        this.username = xml.getString("username");
        this.password = xml.getString("password");
    }

    URI ordersUri(String status) throws URISyntaxException {
        return new URIBuilder(uri)
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .addParameter("status", status)
                .build();
    }

    URI availableNumbersUri(String areaCode, int quantity) throws URISyntaxException {
        return new URIBuilder(uri)
                .setPath("/v1.0/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
    }

    URI addressesUri() throws URISyntaxException {
        return new URIBuilder(uri).setPath("/v1.0/accounts/" + accountId + "/addresses").build();
    }

    public String listOrders(String status) throws IOException, URISyntaxException {
        return get(ordersUri(status));
    }

    public String searchAvailable(String areaCode, int quantity) throws IOException, URISyntaxException {
        return get(availableNumbersUri(areaCode, quantity));
    }

    public String listE911Addresses() throws IOException, URISyntaxException {
        return get(addressesUri());
    }

    private String get(URI target) throws IOException {
        HttpGet get = new HttpGet(target);
        String token = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        get.setHeader("Authorization", "Basic " + token);
        try (CloseableHttpClient http = HttpClients.createDefault();
             CloseableHttpResponse response = http.execute(get)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }
}
