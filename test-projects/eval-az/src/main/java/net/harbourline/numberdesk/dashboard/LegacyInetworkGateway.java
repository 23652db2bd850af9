package net.harbourline.numberdesk.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXB;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import org.apache.http.client.utils.URIBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Port-out reconciliation still reads from the inetwork host: finance compares its
 * port-out list with the billing export every month.
 */
@ApplicationScoped
public class LegacyInetworkGateway {

    /** Mapping of {@code legacy-iris.xml}, the connection file inherited from the old provisioning scripts. */
    @XmlRootElement(name = "iris")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Config {
        @XmlElement(name = "uri")
        String uri;
        @XmlElement(name = "accountId")
        String accountId;
        @XmlElement(name = "username")
        String username;
        @XmlElement(name = "password")
        String password;
        @XmlElement(name = "timeoutSeconds")
        int timeoutSeconds = 30;
    }

    private Config config;

    @PostConstruct
    void load() {
        try (InputStream in = getClass().getResourceAsStream("/legacy-iris.xml")) {
            config = JAXB.unmarshal(in, Config.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI portOuts(String status) throws URISyntaxException {
        return new URIBuilder(config.uri)
                .setPath("/v1.0/accounts/" + config.accountId + "/portouts")
                .setParameter("status", status)
                .build();
    }

    public URI inserviceNumbers(String npa) throws URISyntaxException {
        return new URIBuilder(config.uri)
                .setPath("/v1.0/accounts/" + config.accountId + "/inserviceNumbers")
                .addParameter("areacode", npa)
                .addParameter("size", "1000")
                .build();
    }

    public int timeoutSeconds() {
        return config.timeoutSeconds;
    }
}
