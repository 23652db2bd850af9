package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.dashboard.xml.ImportTnOrder;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportOrdersApiTest {

    private MockWebServer server;
    private ImportOrdersApi api;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        api = DashboardRetrofitFactory.create(server.url("/"), "u", "p", Duration.ofSeconds(5))
                .create(ImportOrdersApi.class);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void importOrderPayload() throws Exception {
        server.enqueue(Fixtures.xml("import-order-response.xml").setResponseCode(201));
        ImportTnOrder order = ImportTnOrder.forNumbers("PNC-HM-0007", "14021", "588214", "Pinecrest NOC",
                List.of("8045550160", "8045550161"));

        api.create(Fixtures.ACCOUNT, order).execute();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900217/importTnOrders");
        assertThat(request.getBody().readUtf8())
                .contains("<CustomerOrderId>PNC-HM-0007</CustomerOrderId>")
                .contains("<LoaAuthorizingPerson>Pinecrest NOC</LoaAuthorizingPerson>");
    }

    @Test
    void historyOfAnImportOrder() throws Exception {
        server.enqueue(new MockResponse().setBody("<OrderHistoryWrapper/>"));

        api.history(Fixtures.ACCOUNT, "b05de7e6").execute();

        assertThat(server.takeRequest().getPath())
                .isEqualTo("/accounts/9900217/importTnOrders/b05de7e6/history");
    }

    @Test
    void voiceImportsUseTheirOwnRoute() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201));

        api.createVoice(Fixtures.ACCOUNT, ImportTnOrder.forNumbers("PNC-V-1", "14021", "588214", "NOC",
                List.of("+18045550162"))).execute();

        assertThat(server.takeRequest().getPath()).isEqualTo("/accounts/9900217/importTnOrders/voice");
    }

    @Test
    void removalIsPostedAsXml() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201));
        String removal = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>PNC-HM-0008</CustomerOrderId>
                  <TelephoneNumbers>
                    <TelephoneNumber>8045550161</TelephoneNumber>
                  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """;

        api.remove(Fixtures.ACCOUNT, removal).execute();

        assertThat(server.takeRequest().getPath()).isEqualTo("/accounts/9900217/removeImportedTnOrders");
    }
}
