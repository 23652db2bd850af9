package net.kestrelwave.numops.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import net.kestrelwave.numops.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds Iris SDK clients from the stage settings and from dashboard-accounts.xml. */
public class IrisClientFactory {

    private static final Logger log = LoggerFactory.getLogger(IrisClientFactory.class);

    private final Settings settings;

    public IrisClientFactory(Settings settings) {
        this.settings = settings;
    }

    public IrisClient create() {
        String accountId = settings.accountId();
        String username = settings.username();
        String password = settings.password();
        String uri = settings.get("iris.uri", "NUMCTL_IRIS_URI", null);
        if (uri == null || uri.isBlank()) {
            log.debug("No iris.uri for {}; SDK default, requests go to https://dashboard.bandwidth.com/v1.0/accounts/{}", settings.stage(), accountId);
            return new IrisClient(accountId, username, password);
        }
        String version = settings.get("iris.api-version", "NUMCTL_IRIS_VERSION", "v1.0");
        return new IrisClient(uri, accountId, username, password, version);
    }

    public IrisClient sandbox(String accountId, String username, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com", accountId, username, password, "v1.0");
    }

    /** One client per account listed in dashboard-accounts.xml, keyed by the account's name. */
    public Map<String, IrisClient> fromRegistry() throws IOException {
        AccountsXml accounts;
        try (InputStream in = IrisClientFactory.class.getResourceAsStream("/dashboard-accounts.xml")) {
            if (in == null) {
                throw new IOException("dashboard-accounts.xml is not on the classpath");
            }
            accounts = new XmlMapper().readValue(in, AccountsXml.class);
        }
        Map<String, IrisClient> clients = new LinkedHashMap<>();
        for (AccountXml account : accounts.accounts) {
            String user = settings.get("accounts." + account.name + ".username", null, settings.username());
            String password = settings.get("accounts." + account.name + ".password", null, settings.password());
            clients.put(account.name, new IrisClient(account.uri, account.id, user, password, "v1.0"));
        }
        return clients;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static class AccountsXml {
        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "account")
        public List<AccountXml> accounts = List.of();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static class AccountXml {
        @JacksonXmlProperty(isAttribute = true)
        public String id;
        @JacksonXmlProperty(isAttribute = true)
        public String name;
        public String uri;
        public String site;
        public String sipPeer;
    }
}
