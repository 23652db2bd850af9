package io.kestrelvoice.numbering.batch.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads {@code legacy-hosts.xml}: the Triad sub-accounts and the host each one is provisioned on.
 */
public final class LegacyHostsConfig {

    public record LegacyAccount(String name, String uri, String accountId, List<String> siteIds) {
    }

    private LegacyHostsConfig() {
    }

    public static List<LegacyAccount> load() {
        try (InputStream in = new ClassPathResource("legacy-hosts.xml").getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            NodeList accounts = doc.getElementsByTagName("account");
            List<LegacyAccount> out = new ArrayList<>();
            for (int i = 0; i < accounts.getLength(); i++) {
                Element e = (Element) accounts.item(i);
                List<String> sites = new ArrayList<>();
                NodeList siteNodes = e.getElementsByTagName("site");
                for (int s = 0; s < siteNodes.getLength(); s++) {
                    sites.add(siteNodes.item(s).getTextContent().trim());
                }
                out.add(new LegacyAccount(e.getAttribute("name"), text(e, "uri"), text(e, "accountId"), sites));
            }
            return out;
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read legacy-hosts.xml", e);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
