package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class OrderCommandTest {

    private CliConfig config;

    @BeforeEach
    void setUp() {
        config = new CliConfig();
        config.setAccountId("9900123");
        config.setSiteId("4312");
        config.setSipPeerId("611820");
    }

    @Test
    void buildsExistingNumberOrder() {
        Order order = OrderCommand.buildOrder(config, List.of(
                "6165550142",
                "6165550143"), "LKS-TEST-1");

        assertEquals("4312", order.getSiteId());
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
        assertFalse(order.isPartialAllowed());
    }

    @Test
    void buildsHostedMessagingImport() {
        ImportTnOrder order = HostedMessagingCommand.importOrder(config, "HM-TEST-7", List.of("16165550144"));

        assertEquals(4312, order.getSiteId());
        assertEquals(611820, order.getSipPeer());
        assertEquals(1, order.getTelephoneNumberList().size());
    }

    @Test
    void buildsSmsOptionOrder() {
        TnOptionOrder order = MessagingCommand.smsOrder("SMS-TEST-3", List.of("2695550110"), true);

        assertEquals("on", order.getTnOptionGroups().get(0).getSms());
        assertEquals(1, order.getTnOptionGroups().get(0).getTelephoneNumbers().size());
    }
}
