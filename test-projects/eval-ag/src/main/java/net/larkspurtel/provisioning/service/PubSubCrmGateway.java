package net.larkspurtel.provisioning.service;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Publishes CRM updates on the integration team's {@code crm-number-events} topic. */
public class PubSubCrmGateway implements CrmGateway {

    private static final String PUBLISH_URL = "https://pubsub.googleapis.com/v1/projects/%s/topics/%s:publish";

    private final HttpRequestFactory requestFactory;
    private final Supplier<String> accessToken;
    private final String project;
    private final String topic;
    private final Gson gson = new Gson();

    public PubSubCrmGateway(HttpRequestFactory requestFactory, Supplier<String> accessToken, String project,
            String topic) {
        this.requestFactory = requestFactory;
        this.accessToken = accessToken;
        this.project = project;
        this.topic = topic;
    }

    @Override
    public void assignNumbers(String customerId, String orderId, List<String> elevenDigitNumbers) {
        publish(Map.of("event", "ASSIGN", "customerId", customerId, "orderId", orderId,
                "numbers", elevenDigitNumbers));
    }

    @Override
    public void releaseNumbers(String customerId, List<String> elevenDigitNumbers) {
        publish(Map.of("event", "RELEASE", "customerId", customerId, "numbers", elevenDigitNumbers));
    }

    @Override
    public void flagForReview(String customerId, String reason) {
        publish(Map.of("event", "REVIEW", "customerId", customerId, "reason", reason));
    }

    private void publish(Map<String, Object> event) {
        JsonObject message = new JsonObject();
        message.addProperty("data", Base64.getEncoder()
                .encodeToString(gson.toJson(event).getBytes(StandardCharsets.UTF_8)));
        JsonArray messages = new JsonArray();
        messages.add(message);
        JsonObject body = new JsonObject();
        body.add("messages", messages);
        try {
            var request = requestFactory.buildPostRequest(new GenericUrl(String.format(PUBLISH_URL, project, topic)),
                    ByteArrayContent.fromString("application/json", body.toString()));
            request.getHeaders().setAuthorization("Bearer " + accessToken.get());
            request.execute().disconnect();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
