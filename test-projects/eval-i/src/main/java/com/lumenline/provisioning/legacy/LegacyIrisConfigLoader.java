package com.lumenline.provisioning.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads {@code iris-legacy.xml}, the configuration format of the 2016 porting scripts.
 */
public final class LegacyIrisConfigLoader {

    public record LegacyIrisConfig(String uri, String accountId, String username, String password) {
        public String basicAuthHeader() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    private LegacyIrisConfigLoader() {
    }

    public static LegacyIrisConfig load() throws IOException {
        try (InputStream in = new ClassPathResource("iris-legacy.xml").getInputStream()) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = dbf.newDocumentBuilder().parse(in);
            return new LegacyIrisConfig(
                    text(doc, "uri"),
                    text(doc, "accountId"),
                    text(doc, "username"),
                    System.getenv().getOrDefault("LEGACY_IRIS_PASSWORD", text(doc, "password")));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Unreadable iris-legacy.xml", e);
        }
    }

    private static String text(Document doc, String tag) {
        var nodes = doc.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
