package net.tidewatertel.numbering.legacy.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;

import org.apache.http.client.methods.HttpUriRequest;
import org.junit.jupiter.api.Test;

class IrisHostedMessagingServiceTest {

    /** Records requests instead of sending them; answers with queued bodies. */
    static class RecordingIrisClient extends IrisClient {

        final List<HttpUriRequest> requests = new ArrayList<>();
        final Deque<String> responses = new ArrayDeque<>();

        RecordingIrisClient() {
            super("https://api.test.inetwork.com/v1.0", "5006071", "test", "test", "v1.0");
        }

        @Override
        protected IrisResponse executeRequest(HttpUriRequest request) {
            requests.add(request);
            IrisResponse response = new IrisResponse();
            response.setStatusCode(200);
            response.setHeaders(new HashMap<>());
            response.setResponseBody(responses.isEmpty() ? "" : responses.pop());
            return response;
        }
    }

    private static LegacyIrisSettings settings() {
        return new LegacyIrisSettings("https://api.test.inetwork.com/v1.0", null, "5006071", "test", "test",
                "v1.0", "4410", "593201");
    }

    @Test
    void importIsPostedToTheImportOrdersRoute() throws Exception {
        RecordingIrisClient client = new RecordingIrisClient();
        client.responses.add("<ImportTnOrdersResponse><ImportTnOrder><OrderId>imp-1</OrderId></ImportTnOrder></ImportTnOrdersResponse>");
        IrisHostedMessagingService service = new IrisHostedMessagingService(client, client, settings());

        service.importNumbers("pilot-test", List.of("7575550142"), "Chesapeake Marine Supply");

        assertEquals("https://api.test.inetwork.com/v1.0/accounts/5006071/importTnOrders",
                client.requests.get(0).getURI().toString());
    }

    @Test
    void listsOpenImports() throws Exception {
        RecordingIrisClient client = new RecordingIrisClient();
        client.responses.add("<ImportTnOrders><TotalCount>0</TotalCount></ImportTnOrders>");

        ImportTnOrder.List(client, Map.of("status", "PROCESSING"));

        assertTrue(client.requests.get(0).getURI().getPath().endsWith("/importTnOrders"));
    }
}
