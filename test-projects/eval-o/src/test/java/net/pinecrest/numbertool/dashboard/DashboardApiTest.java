package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.dashboard.xml.ExternalTnsOrder;
import net.pinecrest.numbertool.dashboard.xml.InserviceNumbersXml;
import net.pinecrest.numbertool.dashboard.xml.SearchResultXml;
import net.pinecrest.numbertool.dashboard.xml.SipPeerTnUpdate;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static net.pinecrest.numbertool.support.Fixtures.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardApiTest {

    private MockWebServer server;
    private DashboardApi api;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        api = DashboardRetrofitFactory.create(server.url("/"), "pnt-test", "secret", Duration.ofSeconds(5))
                .create(DashboardApi.class);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void searchSendsAreaCodeAndParsesNumbers() throws Exception {
        server.enqueue(Fixtures.xml("available-numbers.xml"));

        SearchResultXml result = api.searchAvailable(ACCOUNT, "804", 5).execute().body();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900217/availableNumbers?areaCode=804&quantity=5");
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
        assertThat(result).isNotNull();
        assertThat(result.numbersOrEmpty()).containsExactly("8045550142", "8045550143", "8045550157");
    }

    @Test
    void countrySearchCarriesBothFilters() throws Exception {
        server.enqueue(Fixtures.xml("available-numbers.xml"));

        api.searchAvailableInCountry(ACCOUNT, "USA", "804", 5).execute();

        assertThat(server.takeRequest().getRequestUrl().queryParameter("countryCodeA3")).isEqualTo("USA");
    }

    @Test
    void inservicePagesAreParsed() throws Exception {
        server.enqueue(Fixtures.xml("inservice-numbers.xml"));

        InserviceNumbersXml page = api.inservice(ACCOUNT, "804", 1, 500).execute().body();

        assertThat(server.takeRequest().getRequestUrl().queryParameter("areacode")).isEqualTo("804");
        assertThat(page).isNotNull();
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.numbersOrEmpty()).contains("4345550120");
    }

    @Test
    void externalTnsOrderIsPosted() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201));
        ExternalTnsOrder order = ExternalTnsOrder.importing("PNC-OFFNET-0042", "14021", "588214",
                List.of("5405550123", "15405550124"));

        api.createExternalTns(ACCOUNT, order).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/accounts/9900217/externalTns");
        assertThat(request.getBody().readUtf8()).contains("<TelephoneNumber>5405550123</TelephoneNumber>");
    }

    @Test
    void sipPeerTnUpdateCarriesMessagingSettings() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));
        SipPeerTnUpdate update = SipPeerTnUpdate.callForward("8045550188", null).withSms(true);

        api.updateSipPeerTn(ACCOUNT, "14021", "588214", "8045550188", update).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).endsWith("/sippeers/588214/tns/8045550188");
        assertThat(request.getBody().readUtf8()).contains("<SmsEnabled>true</SmsEnabled>");
    }
}
