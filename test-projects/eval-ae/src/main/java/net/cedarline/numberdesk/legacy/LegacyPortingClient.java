package net.cedarline.numberdesk.legacy;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.http.client.utils.URIBuilder;
import org.w3c.dom.Document;

import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Porting desk tooling inherited from the Triangle Voice acquisition. Reads its endpoint
 * (https://api.inetwork.com/v1.0) from legacy-dashboard.xml and builds URLs with Apache
 * URIBuilder, the way that code base always did.
 */
public class LegacyPortingClient {

    private final DashboardTransport http;
    private final String baseUri;
    private final String accountId;

    public LegacyPortingClient(DashboardTransport http) throws Exception {
        this.http = http;
        Document config = readConfig();
        this.baseUri = config.getElementsByTagName("uri").item(0).getTextContent().trim();
        this.accountId = config.getElementsByTagName("account").item(0).getTextContent().trim();
    }

    private static Document readConfig() throws Exception {
        try (InputStream in = LegacyPortingClient.class.getClassLoader().getResourceAsStream("legacy-dashboard.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    public URI portInUri(String orderId) throws Exception {
        return new URIBuilder(baseUri)
                .setPath("/v1.0/accounts/" + accountId + "/portins/" + orderId)
                .build();
    }

    /** Exchanges with free numbers in an area code, for customers who give up on porting. */
    public List<String> fallbackExchanges(String areaCode) throws Exception {
        URI uri = new URIBuilder(baseUri)
                .setPath("/v1.0/accounts/" + accountId + "/availableNpaNxx")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", "5")
                .build();
        return XmlSupport.texts(http.get(uri.toString()).body(), "Nxx");
    }

    /** Service addresses on file, matched against the LOA before a port is submitted. */
    public URI serviceAddressesUri() throws Exception {
        return new URIBuilder(baseUri)
                .setPath("/v1.0/accounts/" + accountId + "/addresses")
                .addParameter("size", "200")
                .build();
    }

    public String portInStatus(String orderId) throws Exception {
        return XmlSupport.firstText(http.get(portInUri(orderId).toString()).body(), "ProcessingStatus");
    }
}
