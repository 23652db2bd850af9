package io.kestrelvoice.numbering.callbacks.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.kestrelvoice.numbering.testsupport.FixtureLoader;
import io.kestrelvoice.numbering.testsupport.NotificationFixtures;
import org.junit.jupiter.api.Test;

class NotificationParserTest {

    private final NotificationParser parser = new NotificationParser();

    @Test
    void parsesPortInCompletion() {
        Notification n = parser.parse(FixtureLoader.load("notification-portin-complete.xml"));

        assertThat(n.orderType()).isEqualTo("portins");
        assertThat(n.isComplete()).isTrue();
        assertThat(n.completedTelephoneNumbers()).containsExactly("7045550120", "7045550121");
    }

    @Test
    void parsesGeneratedOrderNotification() {
        Notification n = parser.parse(NotificationFixtures.orderComplete("o-1", List.of("9195550161", "9195550162")));

        assertThat(n.completedTelephoneNumbers()).hasSize(2);
        assertThat(n.customerOrderId()).isEqualTo("KV-ORD-20240611-0042");
    }
}
