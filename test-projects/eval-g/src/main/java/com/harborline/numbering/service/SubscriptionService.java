package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.DashboardPaths;
import com.harborline.numbering.util.HttpSupport;
import com.harborline.numbering.util.XmlTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers our callback endpoint for the order types we track. Runs at deploy
 * time from the ops pipeline (see ReportDownloadJob for the same pattern).
 */
@ApplicationScoped
public class SubscriptionService {

    static final List<String> ORDER_TYPES = List.of("orders", "portins", "disconnects", "importtnorders");

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "harborline.callback.user", defaultValue = "dashboard")
    String callbackUser;

    @Inject
    @ConfigProperty(name = "harborline.callback.password")
    String callbackPassword;

    private final HttpClient http = HttpClient.newHttpClient();

    public String renderCallbackSubscription(String orderType) {
        return XmlTemplates.render("subscription-callback.xml", Map.of(
                "orderType", orderType,
                "url", settings.callbackUrl(),
                "user", callbackUser,
                "password", callbackPassword));
    }

    public void subscribeAll() throws IOException, InterruptedException {
        for (String orderType : ORDER_TYPES) {
            post(renderCallbackSubscription(orderType));
        }
        post(XmlTemplates.render("subscription-portins-ops.xml", Map.of(
                "url", settings.callbackUrl(),
                "email", "numbering-ops@harborline.io")));
    }

    private void post(String xml) throws IOException, InterruptedException {
        String url = settings.baseUrl() + DashboardPaths.subscriptions(settings.accountId());
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password())
                .POST(HttpRequest.BodyPublishers.ofString(xml))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Subscription failed: " + response.statusCode() + " " + response.body());
        }
    }
}
