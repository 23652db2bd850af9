package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Tns;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import org.apache.commons.configuration.ConfigurationException;
import org.apache.commons.configuration.PropertiesConfiguration;
import org.apache.commons.configuration.XMLConfiguration;

/**
 * Builds Iris SDK clients for the hosted-messaging sync, which predates the Vert.x clients and
 * still runs on the vendor SDK (blocking; always call from executeBlocking).
 */
@Singleton
public class IrisClientFactory {

    /** Our own test line; if the SDK cannot read it, the credentials are wrong. */
    static final String CANARY_TN = "7045550198";

    private final String uri;
    private final String version;
    private final String accountId;
    private final String username;
    private final String password;
    private final String labUri;

    @Inject
    public IrisClientFactory(@Named(ConfigKeys.LEGACY_IRIS_CONFIG) String configFile,
                             @Named(ConfigKeys.LEGACY_IRIS_LAB_CONFIG) String labConfigFile) {
        try {
            XMLConfiguration xml = new XMLConfiguration(configFile);
            this.uri = xml.getString("uri");
            this.version = xml.getString("version");
            this.accountId = xml.getString("accountId");
            this.username = xml.getString("credentials.username");
            this.password = xml.getString("credentials.password");
            this.labUri = new PropertiesConfiguration(labConfigFile).getString("iris.uri");
        } catch (ConfigurationException e) {
            throw new IllegalStateException("cannot read Iris SDK configuration", e);
        }
    }

    public String accountId() {
        return accountId;
    }

    public String legacyUri() {
        return uri;
    }

    /** The client the hosted-messaging jobs have always used. */
    public IrisClient defaultClient() {
        return new IrisClient(accountId, username, password);
    }

    /** Host and version taken from legacy/iris-client.xml. */
    public IrisClient configuredClient() {
        return new IrisClient(uri, accountId, username, password, version);
    }

    /** QA lab account on the test host. */
    public IrisClient labClient() {
        return new IrisClient(labUri, accountId, username, password, "v1.0");
    }

    /** For the accounts that were already moved to the new messaging routes. */
    public IrisClient messagingRouteClient() {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, username, password, "api/v2");
    }

    public boolean credentialsWork(IrisClient client) {
        try {
            return Tns.getTnDetails(client, CANARY_TN) != null;
        } catch (Exception e) {
            return false;
        }
    }
}
