package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** Basic-auth credentials the Dashboard uses when it calls us back. */
@XmlAccessorType(XmlAccessType.FIELD)
public class CallbackCredentialsXml {

    @XmlElement(name = "BasicAuthentication")
    private Basic basicAuthentication;

    public CallbackCredentialsXml() {
    }

    public CallbackCredentialsXml(String username, String password) {
        this.basicAuthentication = new Basic();
        this.basicAuthentication.username = username;
        this.basicAuthentication.password = password;
    }

    public Basic getBasicAuthentication() {
        return basicAuthentication;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Basic {
        @XmlElement(name = "Username")
        private String username;

        @XmlElement(name = "Password")
        private String password;

        public String getUsername() {
            return username;
        }

        public String getPassword() {
            return password;
        }
    }
}
