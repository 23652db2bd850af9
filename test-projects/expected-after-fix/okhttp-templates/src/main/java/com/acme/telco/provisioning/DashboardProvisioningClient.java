package com.acme.telco.provisioning;

import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Provisioning worker: orders numbers, enables SMS and subscribes to order callbacks on the Dashboard. */
public class DashboardProvisioningClient {
    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final Pattern TN = Pattern.compile("<TelephoneNumber>([0-9]{10})</TelephoneNumber>");

    private final OkHttpClient http;
    private final String accountId;
    private final String credentials;

    public DashboardProvisioningClient(OkHttpClient http, String accountId, String user, String password) {
        this.http = http;
        this.accountId = accountId;
        this.credentials = Credentials.basic(user, password);
    }

    HttpUrl.Builder account() {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("dashboard.bandwidth.com")
                .addPathSegments("api/v2/accounts")
                .addPathSegment(accountId);
    }

    public HttpUrl availableNumbers(String areaCode, int quantity) {
        HttpUrl.Builder url = account();
        return url
                .addPathSegment("availableNumbers")
                .addQueryParameter("countryCodeA3", "USA")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
    }

    public String orderNumbers(String customerOrderId, String siteId, String sipPeerId) throws IOException {
        String body = PayloadTemplates.render("new-number-order.xml",
                Map.of("customerOrderId", customerOrderId, "siteId", siteId, "sipPeerId", sipPeerId));
        return post(account().addPathSegment("orders").build(), body);
    }

    public String enableSms(String siteId, String sipPeerId, String tn) throws IOException {
        HttpUrl url = account().addPathSegment("sites").addPathSegment(siteId)
                .addPathSegment("sippeers").addPathSegment(sipPeerId)
                .addPathSegment("tns").addPathSegment(tn).build();
        Request request = new Request.Builder().url(url).header("Authorization", credentials)
                .put(RequestBody.create(PayloadTemplates.render("sippeer-tn-messaging.xml", Map.of()), XML)).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }

    public String subscribeToOrders() throws IOException {
        return post(account().addPathSegment("subscriptions").build(),
                PayloadTemplates.render("order-subscription.xml", Map.of()));
    }

    public String removeImported(String orderXml) throws IOException {
        HttpUrl.Builder url = account();
        return post(url.addPathSegments("removeImportedTnOrders/messaging").build(), orderXml);
    }

    public String externalTnsOrders() throws IOException {
        HttpUrl.Builder builder = account();
        HttpUrl url = builder.addPathSegment("externalTns").build();
        try (Response response = http.newCall(new Request.Builder().url(url).header("Authorization", credentials).build()).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }

    /** Numbers of an order the Dashboard returned. */
    public List<String> orderedNumbers(String orderResponseXml) {
        List<String> tns = new ArrayList<>();
        Matcher m = TN.matcher(orderResponseXml);
        while (m.find()) {
            tns.add(m.group(1));
        }
        return tns;
    }

    private String post(HttpUrl url, String xml) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", credentials)
                .post(RequestBody.create(xml, XML)).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
