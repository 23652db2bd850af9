package net.larkspurtel.provisioning.legacy;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.larkspurtel.provisioning.http.XmlSupport;

/** {@code iris-legacy.xml}: settings of the SDK-based hosted messaging function. */
@JacksonXmlRootElement(localName = "irisConfig")
public class LegacyIrisConfig {

    @JacksonXmlProperty(localName = "uri")
    public String uri;

    @JacksonXmlProperty(localName = "accountId")
    public String accountId;

    @JacksonXmlProperty(localName = "username")
    public String username;

    @JacksonXmlProperty(localName = "password")
    public String password;

    @JacksonXmlProperty(localName = "siteId")
    public String siteId;

    @JacksonXmlProperty(localName = "sipPeerId")
    public String sipPeerId;

    public static LegacyIrisConfig load() {
        try (InputStream in = LegacyIrisConfig.class.getResourceAsStream("/iris-legacy.xml")) {
            LegacyIrisConfig config = XmlSupport.mapper().readValue(in, LegacyIrisConfig.class);
            String uri = System.getenv("IRIS_LEGACY_URI");
            if (uri != null) {
                config.uri = uri;
            }
            String password = System.getenv("IRIS_PASSWORD");
            if (password != null) {
                config.password = password;
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
