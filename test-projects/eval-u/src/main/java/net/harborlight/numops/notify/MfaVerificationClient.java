package net.harborlight.numops.notify;

import java.util.Map;

import com.google.gson.Gson;
import kong.unirest.HttpResponse;
import kong.unirest.Unirest;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two-factor check before a port-out PIN is shown in the self-service portal.
 */
@Component
public class MfaVerificationClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/";

    private final DashboardProperties props;
    private final Gson gson;
    private final String applicationId;

    public MfaVerificationClient(DashboardProperties props, Gson gson,
                                 @Value("${notify.mfa-application-id:}") String applicationId) {
        this.props = props;
        this.gson = gson;
        this.applicationId = applicationId;
    }

    public boolean sendCode(String e164To, String from) {
        String body = gson.toJson(Map.of(
                "to", e164To,
                "from", from,
                "applicationId", applicationId,
                "scope", "portout-pin",
                "message", "Your Harborlight code is {CODE}",
                "digits", 6));
        HttpResponse<String> response = Unirest.post(MFA_BASE.formatted(props.getAccountId()) + "sms")
                .basicAuth(props.getUsername(), props.getPassword())
                .header("Content-Type", "application/json")
                .body(body)
                .asString();
        return response.isSuccess();
    }

    public boolean verify(String e164To, String code) {
        String url = String.format("https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify", props.getAccountId());
        HttpResponse<String> response = Unirest.post(url)
                .basicAuth(props.getUsername(), props.getPassword())
                .header("Content-Type", "application/json")
                .body(gson.toJson(Map.of("to", e164To, "scope", "portout-pin", "code", code,
                        "expirationTimeInMinutes", 3)))
                .asString();
        return response.isSuccess() && response.getBody().contains("\"valid\":true");
    }
}
