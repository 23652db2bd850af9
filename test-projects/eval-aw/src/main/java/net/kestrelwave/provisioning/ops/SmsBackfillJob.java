package net.kestrelwave.provisioning.ops;

import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;

/**
 * One-off job from the 2023 SMS rollout: turns SMS on for every number of the legacy tenants.
 * Kept because it is re-run whenever a legacy tenant is onboarded.
 */
public class SmsBackfillJob {

    private static final Logger log = LoggerFactory.getLogger(SmsBackfillJob.class);

    private static final String SMS_ON_BODY = "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber>"
            + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>";

    private final DashboardHttpClient dashboard;
    private final EnvironmentConfig env;

    public SmsBackfillJob(DashboardHttpClient dashboard, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.env = env;
    }

    public int run(String siteId, String sipPeerId, List<String> telephoneNumbers) {
        int failures = 0;
        for (String tn : telephoneNumbers) {
            String url = String.format("%s/accounts/%s/sites/%s/sippeers/%s/tns/%s",
                    env.dashboardBaseUrl(), env.accountId(), siteId, sipPeerId, tn);
            int status = dashboard.execute("PUT", URI.create(url), SMS_ON_BODY.formatted(tn), "sms_backfill").status();
            if (status >= 400) {
                failures++;
                log.warn("SMS backfill failed for {} with {}", tn, status);
            }
        }
        return failures;
    }
}
