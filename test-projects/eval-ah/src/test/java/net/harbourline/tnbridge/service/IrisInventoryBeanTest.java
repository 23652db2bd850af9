package net.harbourline.tnbridge.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.BaseModel;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisInventoryBeanTest {

    /** Records the URIs the SDK would call and answers with canned XML. */
    static class RecordingIrisClient extends IrisClient {
        final List<String> uris = new ArrayList<>();
        String nextBody = "";

        RecordingIrisClient() {
            super("9900012", "tnbridge-ci", "not-a-secret");
        }

        @Override
        public IrisResponse get(String uri) {
            uris.add(uri);
            return canned();
        }

        @Override
        public IrisResponse post(String uri, BaseModel model) {
            uris.add(uri);
            return canned();
        }

        private IrisResponse canned() {
            IrisResponse response = new IrisResponse();
            response.setStatusCode(200);
            response.setResponseBody(nextBody);
            return response;
        }
    }

    private static DashboardSettings settings() {
        DashboardSettings settings = new DashboardSettings();
        settings.setAccountId("9900012");
        settings.setSiteId("24713");
        settings.setSipPeerId("571032");
        return settings;
    }

    @Test
    void importForMessagingPostsAnImportOrder() throws Exception {
        RecordingIrisClient client = new RecordingIrisClient();
        client.nextBody = "<ImportTnOrderResponse><ImportTnOrder><OrderId>io-1</OrderId></ImportTnOrder></ImportTnOrderResponse>";
        IrisInventoryBean bean = new IrisInventoryBean(client, settings());

        try {
            bean.importForMessaging("C-1009", List.of("9842150400"));
        } catch (Exception ignored) {
            // response parsing is the SDK's business; only the request matters here
        }

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900012/importTnOrders", client.uris.get(0));
    }

    @Test
    void searchPassesTheAreaCode() throws Exception {
        RecordingIrisClient client = new RecordingIrisClient();
        client.nextBody = "<SearchResult><ResultCount>0</ResultCount></SearchResult>";
        IrisInventoryBean bean = new IrisInventoryBean(client, settings());

        try {
            bean.searchAvailable("919", 3);
        } catch (Exception ignored) {
            // empty result
        }

        assertTrue(client.uris.get(0).contains("areaCode=919"), client.uris.get(0));
    }
}
