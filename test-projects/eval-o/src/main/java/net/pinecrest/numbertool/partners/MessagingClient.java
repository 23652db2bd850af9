package net.pinecrest.numbertool.partners;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Sends SMS through the vendor's messaging API (a different product from the numbers Dashboard,
 * with its own v2 host). Used for "your line is active" texts.
 */
public class MessagingClient {

    private static final Logger log = LoggerFactory.getLogger(MessagingClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Gson GSON = new Gson();

    private final OkHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String applicationId;
    private final String auth;

    public MessagingClient(OkHttpClient http, String baseUrl, String accountId, String applicationId,
                           String user, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.auth = Credentials.basic(user, password);
    }

    public static MessagingClient production(OkHttpClient http, String accountId, String applicationId,
                                             String user, String password) {
        return new MessagingClient(http, "https://messaging.bandwidth.com/api/v2", accountId, applicationId,
                user, password);
    }

    /** Sends a text; {@code to} may be typed by the order desk in 10-digit form. */
    public void send(String to, String from, String text) {
        String recipient = to.length() == 10 ? "+1" + to : to;
        JsonObject body = new JsonObject();
        body.add("to", GSON.toJsonTree(List.of(recipient)));
        body.addProperty("from", from);
        body.addProperty("text", text);
        body.addProperty("applicationId", applicationId);
        Request request = new Request.Builder()
                .url(baseUrl + "/users/" + accountId + "/messages")
                .header("Authorization", auth)
                .post(RequestBody.create(GSON.toJson(body), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                log.warn("SMS to {} failed: HTTP {}", recipient, response.code());
            }
        } catch (IOException e) {
            log.warn("SMS to {} failed", recipient, e);
        }
    }
}
