package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.dashboard.xml.InserviceNumbersXml;
import net.northvale.voice.provisioning.support.FakeDashboardServer;
import net.northvale.voice.provisioning.support.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.northvale.voice.provisioning.support.TestDashboard.ACCOUNT_PATH;
import static net.northvale.voice.provisioning.support.TestDashboard.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberSearchClientTest {

    private FakeDashboardServer server;
    private NumberSearchClient search;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        search = new NumberSearchClient(TestDashboard.client(server));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void searchesByAreaCode() {
        server.respond(ACCOUNT_PATH + "/availableNumbers", 200, fixture("search-result-303.xml"));

        List<String> numbers = search.availableInAreaCode("303", 5);

        assertEquals(List.of("3035550101", "3035550102", "3035550103"), numbers);
        assertEquals("areaCode=303&quantity=5", server.last().query());
    }

    @Test
    void searchWithCountryKeepsBothFilters() {
        server.respond(ACCOUNT_PATH + "/availableNumbers", 200, fixture("search-result-303.xml"));

        search.availableWithCountry("303", 5);

        assertEquals("countryCodeA3=USA&areaCode=303&quantity=5", server.last().query());
    }

    @Test
    void inServiceNumbersAreParsed() {
        server.respond(ACCOUNT_PATH + "/inserviceNumbers", 200, """
                <TNs>
                    <TotalCount>2</TotalCount>
                    <TelephoneNumbers>
                        <TelephoneNumber>7205550140</TelephoneNumber>
                        <TelephoneNumber>7205550141</TelephoneNumber>
                    </TelephoneNumbers>
                </TNs>
                """);

        InserviceNumbersXml tns = search.inService("720");

        assertEquals(2, tns.getTotalCount());
        assertEquals(7205550140L, tns.getTelephoneNumbers().get(0));
        assertEquals("/api/accounts/9900123/inserviceNumbers", server.last().path());
    }
}
