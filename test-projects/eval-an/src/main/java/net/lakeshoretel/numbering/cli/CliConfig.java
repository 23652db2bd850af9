package net.lakeshoretel.numbering.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Settings of the CLI, from {@code iris-cli.xml} on the classpath or the file named by {@code --config}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class CliConfig {

    private String uri = "https://dashboard.bandwidth.com/api";
    private String apiVersion = "v1.0";
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String defaultAreaCode;
    private String reportsUrl;
    private String operatorPhone;
    private E911 e911 = new E911();

    public static CliConfig load(String file) throws IOException {
        XmlMapper xml = new XmlMapper();
        CliConfig config;
        if (file != null) {
            config = xml.readValue(Files.readAllBytes(Path.of(file)), CliConfig.class);
        } else {
            try (InputStream in = CliConfig.class.getResourceAsStream("/iris-cli.xml")) {
                config = xml.readValue(in, CliConfig.class);
            }
        }
        if (config.password == null) {
            config.password = System.getenv("IRIS_CLI_PASSWORD");
        }
        return config;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
    }

    public String getDefaultAreaCode() {
        return defaultAreaCode;
    }

    public void setDefaultAreaCode(String defaultAreaCode) {
        this.defaultAreaCode = defaultAreaCode;
    }

    public String getReportsUrl() {
        return reportsUrl;
    }

    public void setReportsUrl(String reportsUrl) {
        this.reportsUrl = reportsUrl;
    }

    public String getOperatorPhone() {
        return operatorPhone;
    }

    public void setOperatorPhone(String operatorPhone) {
        this.operatorPhone = operatorPhone;
    }

    public E911 getE911() {
        return e911;
    }

    public void setE911(E911 e911) {
        this.e911 = e911;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class E911 {
        private String callerName;
        private String nocTestLine;
        private String validationUrl;

        public String getCallerName() {
            return callerName;
        }

        public void setCallerName(String callerName) {
            this.callerName = callerName;
        }

        public String getNocTestLine() {
            return nocTestLine;
        }

        public void setNocTestLine(String nocTestLine) {
            this.nocTestLine = nocTestLine;
        }

        public String getValidationUrl() {
            return validationUrl;
        }

        public void setValidationUrl(String validationUrl) {
            this.validationUrl = validationUrl;
        }
    }
}
