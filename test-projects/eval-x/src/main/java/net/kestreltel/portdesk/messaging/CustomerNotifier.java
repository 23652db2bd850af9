package net.kestreltel.portdesk.messaging;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import net.kestreltel.portdesk.config.BandwidthProducts;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;

/** Sends "your number is now with Kestrel" texts through the Bandwidth Messaging API. */
public class CustomerNotifier {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String FROM = "+19195550199";

    private final OkHttpClient http;
    private final String messagingAccount;
    private final String applicationId;
    private final String token;
    private final String secret;

    @Inject
    public CustomerNotifier(OkHttpClient http,
                            @Named("messaging.accountId") String messagingAccount,
                            @Named("messaging.applicationId") String applicationId,
                            @Named("messaging.token") String token,
                            @Named("messaging.secret") String secret) {
        this.http = http;
        this.messagingAccount = messagingAccount;
        this.applicationId = applicationId;
        this.token = token;
        this.secret = secret;
    }

    public int notifyPorted(String tn) throws IOException {
        String body = """
                {"applicationId": "%s", "to": ["%s"], "from": "%s", "text": "Your number has moved to Kestrel Telecom."}
                """.formatted(applicationId, "+1" + tn, FROM);
        Request request = new Request.Builder()
                .url(String.format(BandwidthProducts.MESSAGING, messagingAccount))
                .header("Authorization", Credentials.basic(token, secret))
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        }
    }

    public String testMessage() {
        return "{\"to\": [\"9195550142\"], \"from\": \"9195550199\", \"text\": \"lab\"}";
    }
}
