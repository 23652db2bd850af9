package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.IrisEndpoints;
import net.corvalink.numbering.iris.Templates;
import net.corvalink.numbering.reports.TnInventoryReportParser;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.HttpHeaders;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Callback subscriptions and report instances on the Dashboard.
 */
public class SubscriptionActivitiesImpl implements SubscriptionActivities {

    private final NumberingConfig config;
    private final DashboardHttp http;
    private final IrisClient sdk;
    private final TnInventoryReportParser reportParser = new TnInventoryReportParser();

    public SubscriptionActivitiesImpl(NumberingConfig config, DashboardHttp http, IrisClient sdk) {
        this.config = config;
        this.http = http;
        this.sdk = sdk;
    }

    @Override
    public String subscribeOrderCallbacks(String orderType) {
        String body = """
                <Subscription>
                  <OrderType>%s</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3122064000</Expiry>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(orderType, config.callbackPublicUrl(), callbackUser(), callbackPassword());
        try {
            return http.post(http.accountUrl(IrisEndpoints.SUBSCRIPTIONS), body).path("SubscriptionId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String subscribeFromTemplate(String orderType) {
        String body = Templates.render("subscription-callback.xml", Map.of(
                "orderType", orderType,
                "callbackUrl", config.callbackPublicUrl(),
                "expiry", "3122064000",
                "callbackUser", callbackUser(),
                "callbackPassword", callbackPassword()));
        try {
            return http.post(http.accountUrl(IrisEndpoints.SUBSCRIPTIONS), body).path("SubscriptionId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String subscribeWithSdk(String orderType) {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser());
        auth.setPassword(callbackPassword());
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(config.callbackPublicUrl());
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        try {
            return Subscription.create(sdk, subscription).getSubscriptionId();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String subscribeOpsDigest(String orderType) {
        String body = Templates.render("subscription-email.xml", Map.of(
                "orderType", orderType,
                "callbackUrl", config.callbackPublicUrl(),
                "expiry", "3122064000"));
        try {
            return http.post(http.accountUrl(IrisEndpoints.SUBSCRIPTIONS), body).path("SubscriptionId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String requestInventoryReport(String reportId) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(config.accountId(), LocalDate.now().plusDays(7));
        try {
            return http.post(http.accountUrl("/reports/" + reportId + "/instances"), body).path("Instance").path("Id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String requestReportFromTemplate(String reportId) {
        String body = Templates.render("report-instance.xml", Map.of(
                "accountId", config.accountId(),
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        try {
            return http.post(http.accountUrl("/reports/" + reportId + "/instances"), body).path("Instance").path("Id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String requestDisconnectReport(String reportId) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <NumberFormat>E164</NumberFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                </Instance>
                """.formatted(config.accountId());
        try {
            return http.post(http.accountUrl("/reports/" + reportId + "/instances"), body).path("Instance").path("Id").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> downloadInventoryReport(String reportId, String instanceId) {
        HttpGet get = new HttpGet(http.accountUrl("/reports/" + reportId + "/instances/" + instanceId + "/file"));
        String pair = config.irisUser() + ":" + config.irisPassword();
        try (InputStream csv = Request.get(get.getUri())
                .addHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                .execute()
                .returnContent()
                .asStream()) {
            return reportParser.telephoneNumbers(csv);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private String callbackUser() {
        return System.getenv().getOrDefault("IRIS_CALLBACK_USER", "iris-callbacks");
    }

    private String callbackPassword() {
        return System.getenv().getOrDefault("IRIS_CALLBACK_PASSWORD", "");
    }
}
