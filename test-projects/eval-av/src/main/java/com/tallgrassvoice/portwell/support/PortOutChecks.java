package com.tallgrassvoice.portwell.support;

import com.tallgrassvoice.portwell.config.Endpoints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks support runs before releasing a number to another carrier: carrier and caller-name
 * look-ups, and a voice code (Bandwidth MFA) to the account owner.
 */
public class PortOutChecks {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String cnamSid;
    private final String cnamToken;

    public PortOutChecks(String accountId, String applicationId, String cnamSid, String cnamToken) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.cnamSid = cnamSid;
        this.cnamToken = cnamToken;
    }

    /** Bandwidth phone number lookup (asynchronous; returns the request id). */
    public String carrierLookup(List<String> e164Numbers) throws IOException, InterruptedException {
        String tns = e164Numbers.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
        return post(String.format(Endpoints.TN_LOOKUP, accountId), "{\"tns\": [" + tns + "]}");
    }

    /** Caller name from OpenCNAM, which takes the 10-digit national number. */
    public String callerName(String tenDigits) throws IOException, InterruptedException {
        URI uri = URI.create("https://api.opencnam.com/v3/phone/" + tenDigits
                + "?account_sid=" + cnamSid + "&auth_token=" + cnamToken + "&format=text");
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Our main number, looked up every morning as a health check of the CNAM account. */
    public String mainNumberName() throws IOException, InterruptedException {
        return callerName("3365550100");
    }

    public String sendVoiceCode(String toE164) throws IOException, InterruptedException {
        String body = """
                {"to": "%s", "from": "+13365550100", "applicationId": "%s", "scope": "portout",
                 "message": "Your Tallgrass port-out code is {CODE}", "digits": 6}
                """.formatted(toE164, applicationId);
        return post(String.format(Endpoints.MFA_VOICE_CODE, accountId), body);
    }

    public String verifyCode(String toE164, String code) throws IOException, InterruptedException {
        String body = "{\"to\": \"" + toE164 + "\", \"scope\": \"portout\", \"code\": \"" + code
                + "\", \"expirationTimeInMinutes\": 3}";
        return post("https://mfa.bandwidth.com/api/v1/accounts/" + accountId + "/code/verify", body);
    }

    /** Test call to the number through the Voice API, so the NOC hears it still rings here. */
    public String testCall(String toE164, String answerUrl) throws IOException, InterruptedException {
        String body = """
                {"from": "+13365550100", "to": "%s", "applicationId": "%s", "answerUrl": "%s", "callTimeout": 20}
                """.formatted(toE164, applicationId, answerUrl);
        return post("https://voice.bandwidth.com/api/v2/accounts/" + accountId + "/calls", body);
    }

    public String tollFreeStatus(String e164TollFree) throws IOException, InterruptedException {
        URI uri = URI.create("https://api.bandwidth.com/api/v2/accounts/" + accountId + "/phoneNumbers/"
                + e164TollFree.replace("+", "%2B") + "/tollFreeVerification");
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
