package net.northvale.voice.provisioning.config;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.io.InputStream;

/**
 * Settings of the port-out audit, inherited from the 2016 integration and still read from
 * {@code iris-legacy.xml}. See {@code PortOutAuditClient}.
 */
@XmlRootElement(name = "irisConfig")
@XmlAccessorType(XmlAccessType.FIELD)
public class LegacyIrisConfig {

    @XmlElement(name = "uri")
    private String uri;

    @XmlElement(name = "accountId")
    private String accountId;

    @XmlElement(name = "username")
    private String username;

    @XmlElement(name = "passwordEnv")
    private String passwordEnv;

    public static LegacyIrisConfig load() {
        try (InputStream in = LegacyIrisConfig.class.getResourceAsStream("/iris-legacy.xml")) {
            return (LegacyIrisConfig) JAXBContext.newInstance(LegacyIrisConfig.class)
                    .createUnmarshaller()
                    .unmarshal(in);
        } catch (JAXBException | java.io.IOException e) {
            throw new IllegalStateException("cannot read iris-legacy.xml", e);
        }
    }

    public String getUri() {
        return uri;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return System.getenv(passwordEnv);
    }
}
