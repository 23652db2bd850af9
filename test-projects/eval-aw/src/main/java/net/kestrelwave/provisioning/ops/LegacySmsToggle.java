package net.kestrelwave.provisioning.ops;

import net.kestrelwave.provisioning.dashboard.DashboardEndpoints;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Command-line tool support runs when a tenant's SMS is stuck: flips the Sms flag on one number.
 * Usage: LegacySmsToggle accountId siteId peerId tn on|off
 */
public final class LegacySmsToggle {

    private LegacySmsToggle() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 5) {
            System.err.println("usage: LegacySmsToggle accountId siteId peerId tn on|off");
            System.exit(2);
        }
        String accountId = args[0];
        String tn = args[3];
        boolean on = "on".equalsIgnoreCase(args[4]);
        String url = DashboardEndpoints.PROD_BASE + "/accounts/" + accountId + "/sites/" + args[1]
                + "/sippeers/" + args[2] + "/tns/" + tn;
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber><Sms>" + (on ? "on" : "off")
                + "</Sms></SipPeerTelephoneNumber>";
        String credentials = System.getenv("DASHBOARD_USER") + ":" + System.getenv("DASHBOARD_PASSWORD");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}
