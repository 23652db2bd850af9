package net.kestrelvoice.numbering.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.bind.JAXBContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.dashboard.model.NumberOrderResponse;
import net.kestrelvoice.numbering.inventory.MarketAreaCodes;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;
import net.kestrelvoice.numbering.support.RecordingFilter;
import net.kestrelvoice.numbering.support.TestDashboard;

class NumberOrderingServiceTest {

    private RecordingFilter recorder;
    private TnInventoryStore inventory;
    private NumberOrderingService service;

    @BeforeEach
    void setUp() {
        recorder = new RecordingFilter();
        inventory = new TnInventoryStore();
        service = new NumberOrderingService(TestDashboard.proxies(recorder), TestDashboard.webClients(recorder),
                inventory, MarketAreaCodes.fromClasspath("/numbering-defaults.yaml"));
    }

    @Test
    void specificNumbersAreSentAsExistingTelephoneNumbers() {
        recorder.respondXml(TestDashboard.fixture("order-response.xml"));

        String status = service.orderSpecific("C-88121", List.of(TestDashboard.TN_RALEIGH, "9193230160"));

        assertThat(status).isEqualTo("RECEIVED");
        assertThat(recorder.last().uri()).endsWith("/accounts/9900117/orders");
        assertThat(squash(recorder.last().body()))
                .contains(squash(TestDashboard.fixture("expected-order-request.xml")));
        assertThat(inventory.findByTn(TestDashboard.TN_RALEIGH)).isPresent();
    }

    @Test
    void completedNumbersBecomeBillingKeys() throws Exception {
        NumberOrderResponse response = (NumberOrderResponse) JAXBContext.newInstance(NumberOrderResponse.class)
                .createUnmarshaller()
                .unmarshal(new StringReader(TestDashboard.fixture("order-response.xml")));

        List<Long> keys = service.recordCompleted("C-88121", response);

        assertThat(keys).containsExactly(9193230147L, 9193230160L);
    }

    @Test
    void previewUsesTheConfiguredSearchTemplate() {
        recorder.respondXml("<SearchResult><ResultCount>0</ResultCount></SearchResult>");

        service.preview(984);

        assertThat(recorder.last().uri())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900117/availableNumbers?areaCode=984&quantity=5");
    }

    private static String squash(String xml) {
        return xml.replaceAll("<\\?xml[^>]*>", "").replaceAll(">\\s+<", "><").trim();
    }
}
