package com.tallgrassvoice.portwell.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tallgrassvoice.portwell.config.AppConfig;
import com.tallgrassvoice.portwell.dashboard.DashboardHttp;
import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates our notification subscriptions at start-up, from callback-subscriptions.json. */
public class SubscriptionBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionBootstrap.class);

    private final DashboardHttp http;
    private final TemplateRenderer templates;
    private final AppConfig config;
    private final ObjectMapper mapper = new ObjectMapper();

    public SubscriptionBootstrap(DashboardHttp http, TemplateRenderer templates, AppConfig config) {
        this.http = http;
        this.templates = templates;
        this.config = config;
    }

    public void run() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/callback-subscriptions.json")) {
            root = mapper.readTree(in);
        }
        String callbackBase = root.path("callbackUrl").asText(config.callbackUrl());
        String expiry = root.path("expiry").asText(config.callbackExpiry());
        for (JsonNode s : root.path("subscriptions")) {
            String orderType = s.path("orderType").asText();
            String body = """
                    <Subscription>
                      <OrderType>%s</OrderType>
                      <CallbackSubscription>
                        <URL>%s/%s</URL>
                        <Expiry>%s</Expiry>
                        <CallbackCredentials>
                          <BasicAuthentication>
                            <Username>%s</Username>
                            <Password>%s</Password>
                          </BasicAuthentication>
                        </CallbackCredentials>
                      </CallbackSubscription>
                    </Subscription>
                    """.formatted(orderType, callbackBase, orderType, expiry,
                    config.callbackUsername(), config.callbackPassword());
            var response = http.postTo(URI.create(s.path("endpoint").asText()), body);
            log.info("subscription for {}: HTTP {}", orderType, response.statusCode());
        }
    }

    /** Daily e-mail digest of port-out activity for the NOC mailbox. */
    public void subscribePortOutDigest() {
        String body = """
                <Subscription>
                  <OrderType>portouts</OrderType>
                  <EmailSubscription>
                    <Email>noc@tallgrassvoice.com</Email>
                    <DigestRequested>DAILY</DigestRequested>
                  </EmailSubscription>
                </Subscription>
                """;
        http.post(http.accountPath("subscriptions"), body);
    }

    /** Disconnect notifications go to the billing system, which already reads E.164. */
    public void subscribeDisconnects(String billingCallbackUrl) {
        String body = """
                <Subscription>
                  <OrderType>disconnects</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>%s</Expiry>
                    <NumberFormat>E164</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(billingCallbackUrl, config.callbackExpiry());
        http.post(http.accountPath("subscriptions"), body);
    }

    /** Re-creates one subscription on the production account, e.g. after its callback URL moved. */
    public void resubscribe(String orderType) {
        String body = templates.render("subscription.vm", Map.of(
                "orderType", orderType,
                "callbackUrl", config.callbackUrl() + "/" + orderType,
                "expiry", config.callbackExpiry(),
                "username", config.callbackUsername(),
                "password", config.callbackPassword()));
        http.post(http.accountPath("subscriptions"), body);
    }
}
