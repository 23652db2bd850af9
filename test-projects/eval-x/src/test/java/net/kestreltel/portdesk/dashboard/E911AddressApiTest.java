package net.kestreltel.portdesk.dashboard;

import net.kestreltel.portdesk.e911.E911AddressSync;
import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static net.kestreltel.portdesk.testing.TestFixtures.ACCOUNT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911AddressApiTest {

    private static final String EMPTY_PAGE = "<AddressesResponse><TotalCount>0</TotalCount><Addresses/></AddressesResponse>";

    private MockWebServer server;
    private E911AddressApi api;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        api = FeignTestClients.xmlClient(E911AddressApi.class, server.url("/").toString().replaceAll("/$", ""), "/api");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void listsAddressesPageByPage() throws Exception {
        server.enqueue(TestFixtures.xml(EMPTY_PAGE));

        api.list(ACCOUNT_ID, 1, 250);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("GET", request.getMethod());
        assertEquals("/api/accounts/9900123/addresses?page=1&size=250", request.getPath());
    }

    @Test
    void deletesOneAddress() throws Exception {
        server.enqueue(TestFixtures.xml(""));

        api.delete(ACCOUNT_ID, "a-3f9e");

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("DELETE", request.getMethod());
        assertEquals("/api/accounts/" + ACCOUNT_ID + "/addresses/a-3f9e", request.getPath());
    }

    @Test
    void validatedListIsAlreadyOnTheNewResource() throws Exception {
        server.enqueue(TestFixtures.xml(EMPTY_PAGE));

        api.listValidated(ACCOUNT_ID);

        assertTrue(server.takeRequest().getPath().endsWith("/accounts/9900123/e911Addresses?validated=true"));
    }

    @Test
    void syncJobBuildsPagedUrl() {
        String base = server.url("/").toString();
        E911AddressSync sync = new E911AddressSync(new OkHttpClient(), TestFixtures.settings(base + "api"), base);

        assertEquals(base + "api/accounts/9900123/addresses?page=2&size=500", sync.addressesUrl(2).toString());
    }
}
