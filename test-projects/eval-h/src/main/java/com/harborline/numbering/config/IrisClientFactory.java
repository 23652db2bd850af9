package com.harborline.numbering.config;

import com.bandwidth.iris.sdk.IrisClient;
import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Builds Iris SDK clients. Production uses the SDK defaults; the sandbox and the old
 * provisioning box (still configured through {@code iris-sdk-config.xml}) need an explicit URI.
 */
public class IrisClientFactory {

    private final BackOfficeProperties props;

    public IrisClientFactory(BackOfficeProperties props) {
        this.props = props;
    }

    /** Production account with the SDK's own base URL. */
    public IrisClient production() {
        return new IrisClient(props.accountId(), props.username(), props.password());
    }

    /** QA sandbox on test.dashboard. */
    public IrisClient sandbox() {
        String uri = props.get("iris.sandbox.base");
        return new IrisClient(uri, props.get("iris.sandbox.accountId"), props.username(), props.password(), "v1.0");
    }

    /** Whatever the deployment configured, version included. */
    public IrisClient configured() {
        String version = props.get("iris.sdk.version");
        return new IrisClient(props.get("iris.sdk.uri"), props.accountId(), props.username(), props.password(), version);
    }

    /**
     * The provisioning box in the Raleigh DC still reads its connection from a small XML file
     * shipped in the jar (ops owns it, do not inline).
     */
    public IrisClient fromXmlConfig(String resource) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource " + resource);
            }
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            String uri = text(doc, "uri");
            String account = text(doc, "accountId");
            String version = text(doc, "version");
            return new IrisClient(uri, account, props.username(), props.password(), version);
        }
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
