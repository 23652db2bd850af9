package net.harborlinecarrier.tnvault.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Settings of the legacy porting module, read from {@code legacy/iris-client.xml} on the
 * classpath (the module predates config.yml and is shared with the old ops scripts).
 */
public record LegacyIrisSettings(String uri, String version, String accountId, String username, String password,
                                 String siteId, String sipPeerId) {

    public static LegacyIrisSettings load() {
        try (InputStream in = LegacyIrisSettings.class.getResourceAsStream("/legacy/iris-client.xml")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            return new LegacyIrisSettings(
                    text(doc, "uri"),
                    text(doc, "version"),
                    System.getenv().getOrDefault("DASHBOARD_ACCOUNT_ID", text(doc, "accountId")),
                    System.getenv().getOrDefault("DASHBOARD_USER", text(doc, "username")),
                    System.getenv("DASHBOARD_PASSWORD"),
                    text(doc, "siteId"),
                    text(doc, "sipPeerId"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read legacy/iris-client.xml", e);
        }
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
