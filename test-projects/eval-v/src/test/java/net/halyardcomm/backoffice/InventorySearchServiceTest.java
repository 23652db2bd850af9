package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.iris.InventorySearchService;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.RecordingHttpServer;

class InventorySearchServiceTest {

    private static final String SEARCH_RESULT = """
            <SearchResult>
              <ResultCount>2</ResultCount>
              <TelephoneNumberList>
                <TelephoneNumber>9195550101</TelephoneNumber>
                <TelephoneNumber>9195550102</TelephoneNumber>
              </TelephoneNumberList>
            </SearchResult>
            """;

    private RecordingHttpServer server;
    private InventorySearchService service;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("GET", "/v1.0/accounts/9900417/availableNumbers", 200, SEARCH_RESULT)
                .respond("GET", "/v1.0/accounts/9900417/inserviceNumbers", 200,
                        Fixtures.read("fixtures/inservice-numbers.xml"));
        service = new InventorySearchService(Fixtures.sdkClient(server));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void searchesTheAreaCode() throws Exception {
        List<String> found = service.availableInAreaCode("919", 2);

        assertTrue(server.last().path().endsWith("/accounts/9900417/availableNumbers"));
        assertTrue(server.last().query().contains("areaCode=919"));
        assertEquals(Arrays.asList("9195550101", "9195550102"), found);
    }

    @Test
    void inServiceListUsesTheOldFilterName() throws Exception {
        List<String> numbers = service.inService(704);

        assertTrue(server.last().query().contains("areacode=704"));
        assertEquals(3, numbers.size());
    }
}
