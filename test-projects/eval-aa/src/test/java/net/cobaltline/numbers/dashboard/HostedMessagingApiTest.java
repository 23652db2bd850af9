package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.config.AppConfig;
import net.cobaltline.numbers.dashboard.xml.ExternalTnsOrderXml;
import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class HostedMessagingApiTest {

    private static final String ACCOUNT = "https://dashboard.bandwidth.com/api/accounts/9900123";

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final AppConfig.Paths paths = paths();
    private final HostedMessagingApi api = new HostedMessagingApi(new DashboardClient(http, TestSettings.settings()), paths);

    private static AppConfig.Paths paths() {
        AppConfig.Paths p = new AppConfig.Paths();
        p.removeImported = "/removeImportedTnOrders";
        p.external = "/externalTns";
        return p;
    }

    @Test
    void importPostsImportTnOrder() {
        http.enqueueCreated(ACCOUNT + "/importTnOrders/b7c0e0a4-9f0e-4c69-8a51-3d2f0a6f1e11");

        String id = api.importNumbers("ICPA123ABC", "4512", "882310",
                List.of("9199918388", "4158714245"), "Dana Whitfield");

        assertEquals("b7c0e0a4-9f0e-4c69-8a51-3d2f0a6f1e11", id);
        assertEquals(ACCOUNT + "/importTnOrders", http.only().uri().toString());
        assertTrue(http.only().body().startsWith("<ImportTnOrder>"));
    }

    @Test
    void removalListsNumbersInTheBody() {
        http.enqueueCreated(ACCOUNT + "/removeImportedTnOrders/r-1");

        api.removeNumbers("ICPA123ABC", List.of("4352154439"));

        RecordingHttpClient.Recorded req = http.only();
        assertEquals(ACCOUNT + "/removeImportedTnOrders", req.uri().toString());
        assertTrue(req.body().contains("<TelephoneNumber>4352154439</TelephoneNumber>"));
    }

    @Test
    void wholesaleImportUsesExternalTns() {
        http.enqueueCreated(ACCOUNT + "/sites/4512/sippeers/882310/externalTns/e-1");
        String expectedBody = TestSettings.fixture("external-tns-order.xml");

        api.externalTns("4512", "882310", ExternalTnsOrderXml.Action.IMPORT,
                List.of("9199918388", "4158714245", "4352154439", "4352154466"));

        RecordingHttpClient.Recorded req = http.only();
        assertEquals(ACCOUNT + "/sites/4512/sippeers/882310/externalTns", req.uri().toString());
        assertTrue(expectedBody.contains("<SipPeerId>882310</SipPeerId>"));
    }

    @Test
    void voiceImportsAlreadyUseTheVoiceRoute() {
        http.enqueueCreated(ACCOUNT + "/importTnOrders/voice/v-1");

        api.importForVoice("VOICE-1", "4512", "882310", List.of("+19195550160"));

        assertEquals(ACCOUNT + "/importTnOrders/voice", http.only().uri().toString());
    }
}
