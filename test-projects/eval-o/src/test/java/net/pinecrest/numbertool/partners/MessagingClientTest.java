package net.pinecrest.numbertool.partners;

import com.google.gson.JsonParser;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagingClientTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void tenDigitRecipientsArePrefixed() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(202));
        MessagingClient client = new MessagingClient(new OkHttpClient(), server.url("/api/v2").toString(),
                Fixtures.ACCOUNT, "7f0c2b1e-93a4-4c55-8d0e-2b6f7c1d9a30", "u", "p");

        client.send("8045550133", "+18045550142", "Pinecrest: your new line 8045550142 is now active.");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/v2/users/9900217/messages");
        assertThat(JsonParser.parseString(request.getBody().readUtf8()))
                .isEqualTo(JsonParser.parseString(Fixtures.read("messaging-send.json")));
    }
}
