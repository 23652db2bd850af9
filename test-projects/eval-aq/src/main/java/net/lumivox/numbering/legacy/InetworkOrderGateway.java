package net.lumivox.numbering.legacy;

import org.apache.http.client.utils.URIBuilder;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Order gateway inherited from the 2016 provisioning platform; settings in {@code iris-client.xml}.
 */
public class InetworkOrderGateway {

    private final String uri;
    private final String accountId;

    public InetworkOrderGateway(String uri, String accountId) {
        this.uri = uri;
        this.accountId = accountId;
    }

    public static InetworkOrderGateway fromConfig() throws Exception {
        try (InputStream in = InetworkOrderGateway.class.getResourceAsStream("/iris-client.xml")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            String uri = doc.getElementsByTagName("uri").item(0).getTextContent().trim();
            String account = doc.getElementsByTagName("accountId").item(0).getTextContent().trim();
            return new InetworkOrderGateway(uri, account);
        }
    }

    public URI ordersUri() throws URISyntaxException {
        return new URIBuilder(uri)
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
    }

    public URI orderUri(String orderId) throws URISyntaxException {
        return new URIBuilder(uri)
                .setPathSegments("v1.0", "accounts", accountId, "orders", orderId)
                .build();
    }

    public URI sandboxAddressesUri(String sandboxAccount) throws URISyntaxException {
        return new URIBuilder("https://api.test.inetwork.com")
                .setPath("/v1.0/accounts/" + sandboxAccount + "/addresses")
                .build();
    }
}
