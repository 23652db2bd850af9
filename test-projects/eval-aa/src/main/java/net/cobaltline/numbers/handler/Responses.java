package net.cobaltline.numbers.handler;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

final class Responses {

    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    static APIGatewayProxyResponseEvent json(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            return text(500, "serialisation error");
        }
    }

    static APIGatewayProxyResponseEvent text(int status, String body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "text/plain"))
                .withBody(body);
    }

    static APIGatewayProxyResponseEvent error(int status, String message) {
        return json(status, Map.of("error", message));
    }
}
