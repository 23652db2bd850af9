package net.harborlight.numops.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.Subscriber;
import net.harborlight.numops.support.Fixtures;
import net.harborlight.numops.support.RecordingIrisClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostedMessagingServiceTest {

    private RecordingIrisClient client;
    private HostedMessagingService service;

    @BeforeEach
    void setUp() {
        client = new RecordingIrisClient(Fixtures.ACCOUNT_ID);
        service = new HostedMessagingService(client, Fixtures.props());
    }

    @Test
    void importSendsTheOrderToTheImportRoute() throws Exception {
        Subscriber subscriber = new Subscriber();
        subscriber.setName("Pamlico Dental Group");

        service.importNumbers("hm-4411", List.of("2525550147", "2525550148"), subscriber, "Dana Whitfield");

        RecordingIrisClient.Call call = client.lastCall();
        assertThat(call.uri()).endsWith("/accounts/9900123/importTnOrders");
        assertThat(call.body().replaceAll(">\\s+<", "><"))
                .contains("<FullNumber>2525550147</FullNumber>");
    }

    @Test
    void removalHistoryRoute() throws Exception {
        client.answer("<OrderHistoryWrapper/>");

        RemoveImportedTnOrder.GetHistory(client, "rm-77");

        assertThat(client.lastCall().uri())
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/removeImportedTnOrders/rm-77/history");
    }

    @Test
    void checkerStaysOnItsOwnRoute() throws Exception {
        client.answer("<ImportTnCheckerResponse/>");

        service.check(List.of("+12525550147"));

        assertThat(client.lastCall().uri()).endsWith("/importTnChecker");
    }
}
