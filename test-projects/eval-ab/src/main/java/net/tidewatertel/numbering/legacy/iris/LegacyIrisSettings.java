package net.tidewatertel.numbering.legacy.iris;

import java.io.IOException;

import org.apache.commons.configuration.ConfigurationException;
import org.apache.commons.configuration.XMLConfiguration;
import org.springframework.core.io.ClassPathResource;

/**
 * Settings of the porting desk's Iris SDK clients, read from {@code legacy-iris.xml}
 * (the file format predates the Spring Boot migration; ops edits it with the LNP runbook).
 */
public class LegacyIrisSettings {

    private final String uri;
    private final String labUri;
    private final String accountId;
    private final String username;
    private final String password;
    private final String version;
    private final String siteId;
    private final String sipPeerId;

    LegacyIrisSettings(String uri, String labUri, String accountId, String username, String password,
                       String version, String siteId, String sipPeerId) {
        this.uri = uri;
        this.labUri = labUri;
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.version = version;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public static LegacyIrisSettings load(String resource) throws ConfigurationException, IOException {
        XMLConfiguration xml = new XMLConfiguration(new ClassPathResource(resource).getURL());
        String password = System.getenv().getOrDefault("IRIS_PASSWORD", xml.getString("password", ""));
        return new LegacyIrisSettings(
                xml.getString("uri"),
                xml.getString("lab.uri"),
                xml.getString("account"),
                xml.getString("username"),
                password,
                xml.getString("version", "v1.0"),
                xml.getString("site"),
                xml.getString("sipPeer"));
    }

    public String getUri() {
        return uri;
    }

    public String getLabUri() {
        return labUri;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public String getVersion() {
        return version;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }
}
