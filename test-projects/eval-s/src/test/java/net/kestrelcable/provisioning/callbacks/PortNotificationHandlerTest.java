package net.kestrelcable.provisioning.callbacks;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import net.kestrelcable.provisioning.dashboard.xml.NotificationPayload;
import net.kestrelcable.provisioning.messaging.MessagingApiClient;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class PortNotificationHandlerTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final MessagingApiClient messaging = mock(MessagingApiClient.class);
    private final PortNotificationHandler handler = new PortNotificationHandler(jdbc, messaging);

    @Test
    void focSchedulesSwitchTranslation() {
        when(jdbc.queryForObject(anyString(), eq(String.class), eq("303"))).thenReturn("DEN-CS2K-1");
        NotificationPayload foc = new NotificationPayload("sub-2", "portins", "po-77", "KC-P-77", "FOC", null,
                List.of("3035550177"), "2024-05-06T10:00:00Z", "2024-05-09T00:00:00Z");

        handler.handle(foc);

        verify(jdbc).update(anyString(), eq("DEN-CS2K-1"), eq("13035550177"), eq(LocalDate.of(2024, 5, 9)));
    }

    @Test
    void completeActivatesAndTexts() {
        NotificationPayload complete = new NotificationPayload("sub-2", "portins", "po-77", "KC-P-77", "COMPLETE", null,
                List.of("3035550177"), "2024-05-09T14:00:00Z", "2024-05-09T00:00:00Z");

        handler.handle(complete);

        verify(jdbc).update(anyString(), eq(3035550177L), eq("po-77"), eq("3035550177"));
        verify(messaging).sendPortComplete(any());
    }
}
