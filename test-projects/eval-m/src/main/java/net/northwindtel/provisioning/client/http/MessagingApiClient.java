package net.northwindtel.provisioning.client.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import lombok.Builder;
import lombok.Value;
import net.northwindtel.provisioning.config.BandwidthApisProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

/**
 * Bandwidth Messaging API v2: sends the "your number is ready" texts.
 */
@Component
public class MessagingApiClient {

    private final RestClient restClient;
    private final BandwidthApisProperties.Messaging messaging;

    public MessagingApiClient(RestClient.Builder builder, BandwidthApisProperties apis) {
        this.messaging = apis.getMessaging();
        this.restClient = builder
                .baseUrl(messaging.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(messaging.getApiToken(), messaging.getApiSecret()))
                .build();
    }

    @Value
    @Builder
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class MessageRequest {
        String applicationId;
        List<String> to;
        String from;
        String text;
        String tag;
    }

    public Map<?, ?> send(String fromE164, String toE164, String text) {
        MessageRequest request = MessageRequest.builder()
                .applicationId(messaging.getApplicationId())
                .to(List.of(toE164))
                .from(fromE164)
                .text(text)
                .tag("tn-provisioning")
                .build();
        return restClient.post()
                .uri("/users/{accountId}/messages", messaging.getUserId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Map.class);
    }

    public Map<?, ?> media(String mediaId) {
        return restClient.get()
                .uri("https://messaging.bandwidth.com/api/v2/users/{accountId}/media/{mediaId}", messaging.getUserId(), mediaId)
                .retrieve()
                .body(Map.class);
    }
}
