package net.halyardcomm.backoffice.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;

/**
 * One-off (2022, re-run after every acquisition): enables SMS on all numbers listed in a
 * CSV export from the acquired carrier, directly at their SIP peer.
 */
public class MessagingBackfill {

    private static final Logger LOG = Logger.getLogger(MessagingBackfill.class.getName());

    private static final String SIPPEER_TN = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";

    private final DashboardHttp http;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public MessagingBackfill(DashboardHttp http, String accountId, String siteId, String peerId) {
        this.http = http;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public int run(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int ok = 0;
        for (String line : lines.subList(1, lines.size())) {
            String tn = line.split(",")[0].trim();
            String body = """
                    <SipPeerTelephoneNumber>
                      <FullNumber>%s</FullNumber>
                      <MessagingSettings>
                        <SmsEnabled>true</SmsEnabled>
                      </MessagingSettings>
                    </SipPeerTelephoneNumber>
                    """.formatted(tn);
            HttpResult r = http.put(String.format(SIPPEER_TN, accountId, siteId, peerId, tn), body);
            if (r.isSuccess()) {
                ok++;
            } else {
                LOG.warning(tn + ": " + r.status() + " " + r.body());
            }
        }
        return ok;
    }
}
