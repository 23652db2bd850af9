package com.lumenwave.provisioning.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lumenwave.provisioning.config.IrisProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

class SipPeerTnClientTest {

    private final List<ClientRequest> requests = new ArrayList<>();
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        IrisProperties props = new IrisProperties("https://dashboard.bandwidth.com/api/v1", null, null, "9900123",
                "user", "secret", "31745", "552011", null, "USA");
        WebClient webClient = WebClient.builder()
                .baseUrl(props.baseUrl())
                .exchangeFunction(request -> {
                    requests.add(request);
                    return Mono.just(ClientResponse.create(HttpStatus.OK).build());
                })
                .build();
        client = new SipPeerTnClient(webClient, props);
    }

    @Test
    void enablesSmsOnDefaultLocation() {
        client.setSmsEnabled("9195550143", true).block();

        ClientRequest request = requests.get(0);
        assertEquals(HttpMethod.PUT, request.method());
        assertEquals(URI.create("https://dashboard.bandwidth.com/api/v1/accounts/9900123/sites/31745/sippeers/552011/tns/9195550143"),
                request.url());
    }

    @Test
    void setsCallForward() {
        client.setCallForward(
                "9195550144",
                "9195550100").block();

        assertEquals(HttpMethod.PUT, requests.get(0).method());
    }
}
