package com.harborline.porting.partners;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagingClientTest {

    @Test
    void messageCarriesRecipients() {
        MessagingClient.Message m = new MessagingClient.Message("app-1", List.of("+19195550100"), "+19195550101", "hi");
        assertEquals("+19195550100", m.to().get(0));
        assertEquals("https://messaging.bandwidth.com/api/v2/users/9900555/messages",
                "https://messaging.bandwidth.com/api/v2/users/" + "9900555" + "/messages");
    }
}
