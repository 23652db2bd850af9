package com.lumenwave.provisioning.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.iris.ExternalTnsClient;
import com.lumenwave.provisioning.iris.ImportOrderApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

class HostedMessagingServiceTest {

    /** Records the XML bodies instead of calling the Dashboard. */
    static final class RecordingImportOrderApi implements ImportOrderApi {
        final List<String> bodies = new ArrayList<>();

        @Override
        public ResponseEntity<String> createImportOrder(String accountId, String importTnOrder) {
            bodies.add(importTnOrder);
            return ResponseEntity.status(201).body("<ImportTnOrderResponse/>");
        }

        @Override
        public String getImportOrder(String accountId, String orderId) {
            return "<ImportTnOrder/>";
        }

        @Override
        public ResponseEntity<String> removeImportedNumbers(String accountId, String removeImportedTnOrder) {
            bodies.add(removeImportedTnOrder);
            return ResponseEntity.ok("<RemoveImportedTnOrderResponse/>");
        }

        @Override
        public ResponseEntity<String> createVoiceImportOrder(String accountId, String importTnOrder) {
            bodies.add(importTnOrder);
            return ResponseEntity.ok("");
        }

        @Override
        public String checkImportability(String accountId, String importTnCheckerPayload) {
            return "<ImportTnCheckerResponse/>";
        }
    }

    static final class RecordingExternalTnsClient implements ExternalTnsClient {
        final List<String> bodies = new ArrayList<>();

        @Override
        public String submitExternalTnsOrder(String accountId, String externalTnsOrder) {
            bodies.add(externalTnsOrder);
            return "<ExternalTnsOrderResponse/>";
        }

        @Override
        public String getExternalTnsOrder(String accountId, String orderId) {
            return "<ExternalTnsOrder/>";
        }
    }

    private final IrisProperties props = new IrisProperties(null, null, null, "9900123", "user", "secret",
            "31745", "552011", null, "USA");
    private final RecordingImportOrderApi importApi = new RecordingImportOrderApi();
    private final RecordingExternalTnsClient externalTns = new RecordingExternalTnsClient();
    private final HostedMessagingService service = new HostedMessagingService(importApi, externalTns, props);

    @Test
    void importOrderMatchesFixture() throws IOException {
        service.importForMessaging("LW-2291", "Dana Whitfield", List.of(
                "9192756400",
                "9192756401"));

        String expected = new ClassPathResource("fixtures/import-tn-order-request.xml")
                .getContentAsString(StandardCharsets.UTF_8);
        assertEquals(squash(expected), squash(importApi.bodies.get(0)));
    }

    @Test
    void removalListsNumbers() {
        service.removeFromMessaging("LW-2291-R", List.of("9192756400"));

        assertTrue(importApi.bodies.get(0).contains("<TelephoneNumber>9192756400</TelephoneNumber>"));
    }

    @Test
    void externalRegistrationUsesImportAction() {
        service.registerExternal("LW-3310", List.of("7045550188"));

        assertTrue(externalTns.bodies.get(0).contains("<Action>IMPORT</Action>"));
    }

    private static String squash(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }
}
