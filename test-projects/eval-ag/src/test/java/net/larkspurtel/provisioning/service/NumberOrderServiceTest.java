package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.client;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.fixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.larkspurtel.provisioning.model.OrderResponseXml;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NumberOrderServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-06-11T14:00:00Z"), ZoneOffset.UTC);
    private final List<List<String>> crmCalls = new ArrayList<>();
    private RecordingTransport transport;
    private NumberOrderService service;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        CrmGateway crm = new CrmGateway() {
            @Override
            public void assignNumbers(String customerId, String orderId, List<String> numbers) {
                crmCalls.add(numbers);
            }

            @Override
            public void releaseNumbers(String customerId, List<String> numbers) {
            }

            @Override
            public void flagForReview(String customerId, String reason) {
            }
        };
        service = new NumberOrderService(client(transport), crm, clock);
    }

    @Test
    void postsExistingNumberOrder() throws Exception {
        transport.respondWith(fixture("order-response.xml"));

        OrderResponseXml response = service.orderExisting("C-20931", List.of("9195550111", "9195550112"));

        assertThat(transport.last().method()).isEqualTo("POST");
        assertThat(transport.last().url()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/orders");
        assertThat(normalise(transport.last().body())).isEqualTo(normalise(fixture("expected-order-request.xml")));
        assertThat(response.orderStatus).isEqualTo("COMPLETE");
    }

    @Test
    void handsCompletedNumbersToCrmWithCountryCode() throws Exception {
        transport.respondWith(fixture("order-response.xml"));

        service.orderExisting("C-20931", List.of("9195550111", "9195550112"));

        assertThat(crmCalls).containsExactly(List.of("19195550111", "19195550112"));
    }

    @Test
    void areaCodeOrderCarriesSearchType() throws Exception {
        transport.respondWith(fixture("order-response.xml"));

        service.orderByAreaCode("C-20931", "919", 2);

        assertThat(transport.last().body()).contains("<AreaCodeSearchAndOrderType><AreaCode>919</AreaCode>");
    }

    private static String normalise(String xml) {
        return xml.replaceAll(">\\s+<", "><")
                .replaceAll("<CustomerOrderId>[^<]*</CustomerOrderId>", "<CustomerOrderId/>")
                .replace("\"", "'")
                .trim();
    }
}
