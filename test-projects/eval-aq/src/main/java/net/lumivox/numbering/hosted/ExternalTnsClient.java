package net.lumivox.numbering.hosted;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import net.lumivox.numbering.config.IrisProperties;
import net.lumivox.numbering.iris.IrisEndpoints;
import net.lumivox.numbering.iris.Templates;
import net.lumivox.numbering.iris.XmlBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * External TN orders: numbers hosted elsewhere that we enable for messaging.
 */
public class ExternalTnsClient {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalTnsClient.class);

    private final HttpRequestFactory requests;
    private final IrisProperties props;
    private final String baseUrl;
    private final String accountId;

    public ExternalTnsClient(HttpRequestFactory requests, IrisProperties props) {
        this.requests = requests;
        this.props = props;
        this.baseUrl = props.baseUrl();
        this.accountId = props.accountId();
    }

    public String submit(String customerOrderId, List<String> tns) throws IOException {
        String url = new StringBuilder(baseUrl)
                .append("/accounts/").append(accountId)
                .append("/externalTns")
                .toString();
        String body = XmlBodies.externalTnsOrder(customerOrderId, "IMPORT", props.defaultSiteId(),
                props.defaultSipPeerId(), tns);
        LOG.info("Submitting externalTns order {} with {} numbers", customerOrderId, tns.size());
        return post(url, body);
    }

    public String submitStandardBatch(String customerOrderId) throws IOException {
        String body = Templates.render("external-tns-order.xml", Map.of("customerOrderId", customerOrderId));
        return post(baseUrl + props.accountPath(props.externalTnsPath()), body);
    }

    public String release(String customerOrderId, List<String> tns) throws IOException {
        String body = XmlBodies.externalTnsOrder(customerOrderId, "REMOVE", props.defaultSiteId(),
                props.defaultSipPeerId(), tns);
        return post(baseUrl + props.accountPath(props.externalTnsPath()), body);
    }

    public String status(String orderId) throws IOException {
        GenericUrl url = new GenericUrl(baseUrl + IrisEndpoints.ACCOUNTS + accountId + IrisEndpoints.EXTERNAL_TNS + "/" + orderId);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String listSince(LocalDate since) throws IOException {
        GenericUrl url = new GenericUrl(String.format("%s/accounts/%s/externalTns", baseUrl, accountId));
        url.set("createdDateFrom", since.toString());
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String sandboxHistory(String sandboxAccount, String orderId) throws IOException {
        GenericUrl url = new GenericUrl(IrisEndpoints.SANDBOX);
        url.appendRawPath("/accounts/" + sandboxAccount + "/externalTns/" + orderId + "/history");
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String removalStatus(String orderId) throws IOException {
        GenericUrl url = new GenericUrl(baseUrl);
        url.appendRawPath("/accounts/" + accountId + "/removeImportedTnOrders/" + orderId);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String messagingImportStatus(String orderId) throws IOException {
        GenericUrl url = new GenericUrl(baseUrl + props.accountPath(props.messagingImportPath()) + "/" + orderId);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    private String post(String url, String body) throws IOException {
        return requests.buildPostRequest(new GenericUrl(url), ByteArrayContent.fromString("application/xml", body))
                .execute()
                .parseAsString();
    }
}
