package com.harborline.numbering.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.harborline.numbering.config.DashboardConstants;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.util.HttpSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Nightly end-to-end check against the sandbox: order the house numbers,
 * read their details, disconnect them again.
 */
@ApplicationScoped
public class SmokeTestService {

    private static final Logger LOG = Logger.getLogger(SmokeTestService.class.getName());

    /** Disconnect body for the house numbers (kept literal so ops can replay it with curl). */
    static final String DISCONNECT_XML = """
            <DisconnectTelephoneNumberOrder>
                <Name>harborline-smoke</Name>
                <DisconnectTelephoneNumberOrderType>
                    <TelephoneNumberList>
                        <TelephoneNumber>9195550142</TelephoneNumber>
                        <TelephoneNumber>9195550143</TelephoneNumber>
                    </TelephoneNumberList>
                </DisconnectTelephoneNumberOrderType>
            </DisconnectTelephoneNumberOrder>
            """;

    /** Max age of the last green run before we page someone (seconds). */
    static final long MAX_AGE_SECONDS = 93600L;

    @Inject
    @Named("sandbox")
    IrisClient sandbox;

    @Inject
    DashboardSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();

    public void run() throws Exception {
        long runId = Instant.now().getEpochSecond();
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(DashboardConstants.SMOKE_TEST_TNS);
        Order order = new Order();
        order.setName("harborline-smoke-" + runId);
        order.setSiteId(settings.siteId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        String orderId = Order.create(sandbox, order).getOrder().getid();
        LOG.info(() -> "Smoke order " + orderId + " placed for 9195550142 and 9195550143");

        TelephoneNumberDetails details = Tns.getTnDetails(sandbox, "9195550142");
        LOG.info(() -> "House number status: " + details.getStatus());

        disconnect();
    }

    private void disconnect() throws IOException, InterruptedException {
        String url = "https://test.dashboard.bandwidth.com/api/accounts/" + settings.accountId() + "/disconnects";
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password())
                .POST(HttpRequest.BodyPublishers.ofString(DISCONNECT_XML))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 300) {
            throw new IllegalStateException("Smoke disconnect failed with HTTP " + status);
        }
    }
}
