package net.pinecrest.numbertool.config;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Properties;

/**
 * Converts the XML configuration of the old provisioning daemon (irisd) into the properties the
 * toolkit understands, so that {@code pnt config import-legacy} can seed a new install.
 */
public final class LegacyConfigImporter {

    private LegacyConfigImporter() {
    }

    public static Properties importFrom(InputStream legacyXml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(legacyXml);
        Element root = doc.getDocumentElement();

        Properties out = new Properties();
        out.setProperty("dashboard.base-url", text(root, "uri"));
        out.setProperty("dashboard.account-id", text(root, "account"));
        out.setProperty("dashboard.username", text(root, "username"));
        out.setProperty("dashboard.site-id", text(root, "site"));
        out.setProperty("dashboard.sip-peer-id", text(root, "sippeer"));
        return out;
    }

    public static Properties importDefault() throws Exception {
        try (InputStream in = LegacyConfigImporter.class.getResourceAsStream("/legacy-iris.xml")) {
            return importFrom(in);
        }
    }

    private static String text(Element root, String tag) {
        var nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
