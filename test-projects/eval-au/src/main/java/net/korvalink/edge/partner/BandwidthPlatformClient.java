package net.korvalink.edge.partner;

import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bandwidth products other than the numbers Dashboard: Voice (NOC test calls), MFA (codes for
 * destructive shell commands), number lookup and toll-free verification.
 */
@Component
public class BandwidthPlatformClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final PartnerHttp http;
    private final String voiceBaseUrl;
    private final String voiceAccountId;
    private final String voiceApplicationId;
    private final String mfaAccountId;
    private final String mfaApplicationId;
    private final String lookupAccountId;

    public BandwidthPlatformClient(PartnerHttp http,
            @Value("${korvalink.voice.base-url:https://voice.bandwidth.com/api/v2}") String voiceBaseUrl,
            @Value("${korvalink.voice.account-id}") String voiceAccountId,
            @Value("${korvalink.voice.application-id}") String voiceApplicationId,
            @Value("${korvalink.mfa.account-id}") String mfaAccountId,
            @Value("${korvalink.mfa.application-id}") String mfaApplicationId,
            @Value("${korvalink.lookup.account-id}") String lookupAccountId) {
        this.http = http;
        this.voiceBaseUrl = voiceBaseUrl;
        this.voiceAccountId = voiceAccountId;
        this.voiceApplicationId = voiceApplicationId;
        this.mfaAccountId = mfaAccountId;
        this.mfaApplicationId = mfaApplicationId;
        this.lookupAccountId = lookupAccountId;
    }

    public String testCall(String from, String to) {
        String body = """
                {"from": "%s", "to": "%s", "applicationId": "%s", "answerUrl": "https://edge.korvalink.net/voice/answer", "callTimeout": 30}
                """.formatted(from, to, voiceApplicationId);
        return http.send("voice", http.request(voiceBaseUrl + "/accounts/" + voiceAccountId + "/calls")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    public String sendMfaCode(String operatorPhoneE164) {
        String body = """
                {"to": "%s", "from": "+19194605001", "applicationId": "%s", "scope": "ops-shell",
                 "message": "Your KorvaLink ops code is {CODE}", "digits": 6}
                """.formatted(operatorPhoneE164, mfaApplicationId);
        return http.send("mfa", http.request(MFA_BASE + mfaAccountId + "/code/sms")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    public String verifyMfaCode(String operatorPhoneE164, String code) {
        String body = "{\"to\": \"" + operatorPhoneE164 + "\", \"scope\": \"ops-shell\", \"code\": \"" + code
                + "\", \"expirationTimeInMinutes\": 3}";
        return http.send("mfa", http.request(MFA_BASE + mfaAccountId + "/code/verify")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    public String lookup(String e164) {
        String body = "{\"phoneNumbers\": [\"" + e164 + "\"]}";
        return http.send("lookup", http.request(
                "https://api.bandwidth.com/v2/accounts/" + lookupAccountId + "/phoneNumberLookup")
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    public String tollFreeWebhooks() {
        return http.send("lookup", http.request(String.format(
                "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions",
                lookupAccountId))
                .method(HttpMethod.GET));
    }
}
