package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IrisImportServiceTest {

    private MockWebServer server;
    private IrisClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new IrisClient(server.url("/").toString(), Fixtures.ACCOUNT, "user", "secret", "v1.0");
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void createPostsToTheImportCollection() throws Exception {
        server.enqueue(Fixtures.xml("import-order-response.xml").setResponseCode(201));
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("PNC-HM-0007");
        order.setSiteId(14021);
        order.setSipPeer(588214);
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber("8045550160");
        order.setTelephoneNumberList(List.of(tn));

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1.0/accounts/9900217/importTnOrders");
        assertThat(response.getImportTnOrder().getProcessingStatus()).isEqualTo("RECEIVED");
    }

    @Test
    void statusGoesThroughTheService() throws Exception {
        server.enqueue(Fixtures.xml("import-order-response.xml"));
        IrisImportService service = new IrisImportService(client, "14021", "588214");

        assertThat(service.status("b05de7e6")).isEqualTo("RECEIVED");
    }

    @Test
    void checkerIsNotAnImportOrder() throws Exception {
        server.enqueue(new MockResponse().setBody("<ImportTnCheckerResponse><ImportTnCheckerPayload/></ImportTnCheckerResponse>"));
        IrisImportService service = new IrisImportService(client, "14021", "588214");

        service.check(List.of("+18045550160"));

        assertThat(server.takeRequest().getPath()).endsWith("/importTnChecker");
    }
}
