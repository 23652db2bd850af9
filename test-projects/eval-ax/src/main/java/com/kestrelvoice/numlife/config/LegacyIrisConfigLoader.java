package com.kestrelvoice.numlife.config;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The wholesale sub-account still lives on the old iNetwork host; its connection settings come
 * from the XML file the carrier-ops team maintains.
 */
@Component
public class LegacyIrisConfigLoader {

    private static final String CONFIG_RESOURCE = "iris-legacy-client.xml";

    public IrisClient wholesaleClient() {
        Document doc = load();
        String uri = text(doc, "uri");
        String accountId = text(doc, "accountId");
        String user = text(doc, "username");
        String password = System.getenv().getOrDefault("WHOLESALE_DASHBOARD_PASSWORD", text(doc, "password"));
        return new IrisClient(uri, accountId, user, password, "v1.0");
    }

    public String wholesaleTestUri() {
        return text(load(), "testUri");
    }

    private Document load() {
        try (InputStream in = new ClassPathResource(CONFIG_RESOURCE).getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read " + CONFIG_RESOURCE, e);
        }
    }

    private static String text(Document doc, String tag) {
        var nodes = doc.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
