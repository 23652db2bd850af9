package net.kestrelvoice.numbering.external;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.client.WebClient;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Carrier APIs the porting desk uses around compliance: line-type lookup before accepting a
 * port-in, two-factor codes for port approvals, and toll-free verification webhooks. None of
 * them is part of the numbers dashboard.
 */
public class CarrierComplianceClient {

    private static final String LOOKUP_BASE = "https://api.bandwidth.com/v2/accounts/";

    private static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    private static final String MFA_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/%s";

    private final String accountId;
    private final String user;
    private final String password;

    public CarrierComplianceClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    private WebClient json(String url) {
        return WebClient.create(url, List.of(new JacksonJsonProvider()), user, password, null)
                .type(MediaType.APPLICATION_JSON_TYPE);
    }

    public String startLookup(List<String> e164Numbers) {
        return json(LOOKUP_BASE + accountId + "/tnlookup").post(Map.of("tns", e164Numbers), String.class);
    }

    /** Quick check used by the porting desk UI for its own test line. */
    public String lookupDeskLine() {
        return startLookup(List.of("9198431250"));
    }

    /** Sends a porting-approval code; {@code toE164} comes from the porting request form. */
    public String sendApprovalCode(String mfaApplicationId, String toE164, String scope) {
        return json(String.format(MFA_URL, accountId, "sms"))
                .post(Map.of("to", toE164, "from", MessagingApiClient.NOTICE_FROM, "applicationId", mfaApplicationId,
                        "scope", scope, "message", "Your Kestrel porting approval code is {CODE}", "digits", 6),
                        String.class);
    }

    public boolean verifyApprovalCode(String toE164, String scope, String code) {
        String result = json(String.format(MFA_URL, accountId, "verify"))
                .post(Map.of("to", toE164, "scope", scope, "expirationTimeInMinutes", 3, "code", code), String.class);
        return result != null && result.contains("\"valid\":true");
    }

    public String subscribeTollFreeVerification(String callbackUrl) {
        return json(TFV_WEBHOOKS.replace("{accountId}", accountId))
                .post(Map.of("callbackUrl", callbackUrl, "sharedSecretKey", "kv-tfv"), String.class);
    }
}
