package net.northwind.porting.http;

import net.northwind.porting.iris.IrisConstants;
import net.northwind.porting.iris.Paths;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * java.net.http gateway used by the SIP-peer jobs; written before we standardised on
 * HttpClient 5 and never ported.
 */
public class JdkDashboardGateway {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .build();
    private final String base;
    private final String authorization;

    public JdkDashboardGateway(String base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String xml) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = xml == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(xml);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", IrisConstants.MEDIA_XML)
                .timeout(Duration.ofSeconds(60))
                .method(method, body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Turns SMS on or off for a number that sits on one of our SIP peers. */
    public int setSms(String accountId, String siteId, String peerId, String tn, boolean enabled)
            throws IOException, InterruptedException {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        return send("PUT", Paths.sipPeerTn(accountId, siteId, peerId, tn), body).statusCode();
    }

    /** Call-forward only; no messaging settings in this payload. */
    public int setCallForward(String accountId, String siteId, String peerId, String tn, String forwardTo)
            throws IOException, InterruptedException {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return send("PUT", Paths.sipPeerTn(accountId, siteId, peerId, tn), body).statusCode();
    }
}
