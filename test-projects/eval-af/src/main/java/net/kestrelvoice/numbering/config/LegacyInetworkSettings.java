package net.kestrelvoice.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/**
 * Binding for {@code iris-legacy.xml}, the config file the porting desk shares with its
 * LNP tooling. Only the reconciliation job reads it.
 */
@XmlRootElement(name = "irisConfig")
@XmlAccessorType(XmlAccessType.FIELD)
public class LegacyInetworkSettings {

    @XmlElement(name = "uri")
    private String uri = "https://api.test.inetwork.com/v1.0";

    @XmlElement(name = "accountId")
    private String accountId;

    @XmlElement(name = "username")
    private String username;

    @XmlElement(name = "password")
    private String password;

    public static LegacyInetworkSettings load(String resource) {
        try (InputStream in = LegacyInetworkSettings.class.getResourceAsStream(resource)) {
            return (LegacyInetworkSettings) JAXBContext.newInstance(LegacyInetworkSettings.class)
                    .createUnmarshaller().unmarshal(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot read " + resource, e);
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
        return password;
    }
}
