package com.pinecrestcomm.qa.numbers.callback;

import com.pinecrestcomm.qa.numbers.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationHandlerTest {

    /** LastModifiedDate of the recorded callback, as epoch seconds. */
    private static final long RECORDED_AT = 1718841600L;

    private PendingOrderStore pending;
    private NotificationHandler handler;

    @BeforeEach
    void setUp() {
        pending = new PendingOrderStore();
        handler = new NotificationHandler(pending);
    }

    @Test
    void completesPendingOrdersFromCallback() {
        pending.expect("9195550160", "ordersFromTemplate");
        pending.expect("9195550161", "ordersFromTemplate");

        handler.handle(Fixtures.read("callbacks/order-complete-notification.xml"));

        assertThat(pending.size()).isZero();
        assertThat(handler.unmatched()).isEmpty();
    }

    @Test
    void parsesNotificationFields() {
        OrderNotification n = NotificationParser.parse(Fixtures.read("callbacks/order-complete-notification.xml"));

        assertThat(n.isComplete()).isTrue();
        assertThat(n.completedTelephoneNumbers()).containsExactly("9195550160", "9195550161");
        assertThat(Instant.parse(n.lastModifiedDate())).isEqualTo(Instant.ofEpochSecond(RECORDED_AT));
    }

    @Test
    void e164CallbackNumbersAreReportedUnmatched() {
        String body = """
                <Notification>
                    <OrderType>orders</OrderType>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                        <TelephoneNumber>+19195550160</TelephoneNumber>
                    </CompletedTelephoneNumbers>
                </Notification>
                """;
        pending.expect("9195550160", "e164");

        handler.handle(body);

        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void areaCodeOfCompletedNumber() {
        assertThat(NotificationHandler.areaCodeOf("9195550160")).isEqualTo("919");
    }
}
