package io.kestrelvoice.numbering.dashboard.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderXmlBuilderTest {

    @Test
    void buildsExistingNumberOrder() {
        String xml = OrderXmlBuilder.order()
                .customerOrderId("KV-ORD-20240611-0042")
                .siteId("4501")
                .peerId("580211")
                .telephoneNumber("9195550100")
                .telephoneNumber("19195550101")
                .build();

        assertThat(xml)
                .startsWith("<Order><CustomerOrderId>KV-ORD-20240611-0042</CustomerOrderId>")
                .contains("<SiteId>4501</SiteId>")
                .contains("<TelephoneNumber>9195550100</TelephoneNumber>")
                .endsWith("</ExistingTelephoneNumberOrderType></Order>");
    }

    @Test
    void refusesEmptyOrders() {
        assertThatThrownBy(() -> OrderXmlBuilder.order().siteId("4501").build())
                .isInstanceOf(IllegalStateException.class);
    }
}
