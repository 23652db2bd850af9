package net.kestrelwave.numops.dashboard;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.callbacks.Notification;
import net.kestrelwave.numops.dashboard.model.SearchResultXml;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResponseParsingTest {

    private final XmlMapper xml = new XmlMapper();

    @Test
    void searchResult() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/responses/search-result.xml")) {
            SearchResultXml result = xml.readValue(in, SearchResultXml.class);
            assertEquals(2, result.getResultCount());
            assertEquals(2, result.getTelephoneNumbers().size());
        }
    }

    @Test
    void orderNotification() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/callbacks/order-complete.xml")) {
            Notification n = xml.readValue(in, Notification.class);
            assertEquals("COMPLETE", n.getStatus());
            assertEquals("9195550123", n.getCompletedTelephoneNumbers().get(0));
        }
    }
}
