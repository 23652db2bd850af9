package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberSearchServiceTest {

    private static final String SEARCH_RESULT = """
            <SearchResult>
              <ResultCount>2</ResultCount>
              <TelephoneNumberList>
                <TelephoneNumber>9195550177</TelephoneNumber>
                <TelephoneNumber>9195550178</TelephoneNumber>
              </TelephoneNumberList>
            </SearchResult>
            """;

    private MockWebServer server;
    private IrisClient client;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new IrisClient(server.url("/").toString(), TestFixtures.ACCOUNT_ID, "test", "test", "v1.0");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void searchesByAreaCode() throws Exception {
        server.enqueue(TestFixtures.xml(SEARCH_RESULT));

        List<String> numbers = new NumberSearchService(client).searchByAreaCode("919", 2);

        RecordedRequest request = server.takeRequest();
        HttpUrl url = request.getRequestUrl();
        assertEquals("/v1.0/accounts/9900123/availableNumbers", url.encodedPath());
        assertEquals("919", url.queryParameter("areaCode"));
        assertNull(url.queryParameter("countryCodeA3"));
        assertEquals(2, numbers.size());
    }

    @Test
    void rawSdkSearchFromTheRunbook() throws Exception {
        server.enqueue(TestFixtures.xml(SEARCH_RESULT));
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", "336");
        query.put("quantity", 2);

        AvailableNumbers.search(client, query);

        assertEquals("336", server.takeRequest().getRequestUrl().queryParameter("areacode"));
    }
}
