package com.lumenwave.provisioning.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.lumenwave.provisioning.domain.NumberRecord;
import com.lumenwave.provisioning.domain.NumberRecordStore;
import com.lumenwave.provisioning.messaging.SmsAlertSender;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

class IrisCallbackControllerTest {

    private final NumberRecordStore store = new NumberRecordStore();
    private final SmsAlertSender alerts = new SmsAlertSender(
            WebClient.builder().exchangeFunction(r -> Mono.just(ClientResponse.create(HttpStatus.ACCEPTED).build()))
                    .build(),
            "9900123", "app-id", "+19198675309");
    private final IrisCallbackController controller = new IrisCallbackController(store, alerts);

    @Test
    void completedOrderActivatesNumbers() throws Exception {
        store.save(new NumberRecord("9195550123", "c-1042", "919", NumberRecord.Status.ORDERED, Instant.now()));
        IrisNotification notification = new XmlMapper().readValue(
                new ClassPathResource("fixtures/notification-complete.xml").getInputStream(),
                IrisNotification.class);

        controller.orderStatus(notification);

        assertEquals(NumberRecord.Status.ACTIVE,
                store.findByTelephoneNumber("9195550123").orElseThrow().status());
    }
}
