package net.tidewatertel.numbering.callbacks;

import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import net.tidewatertel.numbering.config.CallbackProperties;
import net.tidewatertel.numbering.dashboard.xml.NotificationXml;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.mock.mockito.MockBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DashboardCallbackController.class)
@EnableConfigurationProperties(CallbackProperties.class)
class DashboardCallbackControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockBean
    private OrderNotificationHandler handler;

    @Test
    void acceptsCompletedOrderNotification() throws Exception {
        mvc.perform(post("/callbacks/dashboard/orders")
                        .contentType(MediaType.APPLICATION_XML)
                        .content(fixture("notification-order-complete.xml")))
                .andExpect(status().isOk());

        ArgumentCaptor<NotificationXml> captor = ArgumentCaptor.forClass(NotificationXml.class);
        verify(handler).handle(eq("orders"), captor.capture());
        assertThat(captor.getValue().orderId).isEqualTo("47955555-67aa-4adb-8c0f-b6894e60c0dc");
        assertThat(captor.getValue().completedTelephoneNumbers).containsExactly("7575550142", "7575550143");
    }

    @Test
    void acceptsTextXml() throws Exception {
        mvc.perform(post("/callbacks/dashboard/disconnects")
                        .contentType(MediaType.TEXT_XML)
                        .content("""
                                <Notification>
                                    <OrderType>disconnects</OrderType>
                                    <OrderId>9d0e5c44-1a2b-4c3d-8e9f-001122334455</OrderId>
                                    <Status>COMPLETE</Status>
                                    <CompletedTelephoneNumbers>
                                        <TelephoneNumber>2525550133</TelephoneNumber>
                                    </CompletedTelephoneNumbers>
                                </Notification>
                                """))
                .andExpect(status().isOk());
    }
}
