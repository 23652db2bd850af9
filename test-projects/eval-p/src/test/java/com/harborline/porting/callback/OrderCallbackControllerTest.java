package com.harborline.porting.callback;

import com.harborline.porting.data.PortedNumber;
import com.harborline.porting.data.PortedNumberRepository;
import com.harborline.porting.support.MockDashboard;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(environments = "test")
class OrderCallbackControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    PortedNumberRepository numbers;

    @Test
    void completedOrderActivatesNumber() {
        PortedNumber n = new PortedNumber();
        n.setTn("6672286710");
        n.setStatus("PENDING");
        numbers.save(n);

        client.toBlocking().exchange(HttpRequest.POST("/callbacks/dashboard/orders",
                MockDashboard.fixture("notification-complete.xml")).contentType(MediaType.APPLICATION_XML_TYPE));

        assertEquals("ACTIVE", numbers.findByTn("6672286710").orElseThrow().getStatus());
    }
}
