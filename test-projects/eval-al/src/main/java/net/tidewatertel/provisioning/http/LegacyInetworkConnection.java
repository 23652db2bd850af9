package net.tidewatertel.provisioning.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain {@link HttpURLConnection} access to the Dashboard through the old inetwork
 * host names. Only used by the DR runbook scripts and the SMS fix-up tool, which
 * predate commons-httpclient in this code base.
 */
public class LegacyInetworkConnection {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyInetworkConnection.class);

    public static final String PRODUCTION = "https://api.inetwork.com/v1.0";
    public static final String SANDBOX = "https://api.test.inetwork.com/v1.0";

    private static final String SIPPEER_TN_SMS = "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber><SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings></SipPeerTelephoneNumber>";

    private static final String SIPPEER_TN_FORWARD = "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber><CallForward>%s</CallForward></SipPeerTelephoneNumber>";

    private final String baseUrl;
    private final String accountId;
    private final String authorization;

    public LegacyInetworkConnection(String baseUrl, String accountId, String username, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static LegacyInetworkConnection sandbox(String accountId, String username, String password) {
        return new LegacyInetworkConnection(SANDBOX, accountId, username, password);
    }

    /** Turns SMS back on for a number after a sip peer move (DR runbook step 7). */
    public int enableSms(String siteId, String sipPeerId, String tn) throws IOException {
        String path = "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        return send("PUT", path, String.format(SIPPEER_TN_SMS, tn));
    }

    /** The main switchboard number is forwarded to the NOC while its peer is rebuilt (DR runbook step 3). */
    public int forwardSwitchboard(String siteId, String sipPeerId, String forwardTo) throws IOException {
        String path = "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/7575550100";
        return send("PUT", path, String.format(SIPPEER_TN_FORWARD, "7575550100", forwardTo));
    }

    public int listExternalTnOrders() throws IOException {
        return send("GET", "/accounts/" + accountId + "/externalTns", null);
    }

    int send(String method, String path, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Content-Type", "application/xml");
        connection.setConnectTimeout(10000);
        connection.setReadTimeout(60000);
        if (body != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        if (status >= 400) {
            LOG.error("{} {} failed with {}: {}", method, path, status, read(connection.getErrorStream()));
        }
        connection.disconnect();
        return status;
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (InputStream stream = in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            stream.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
