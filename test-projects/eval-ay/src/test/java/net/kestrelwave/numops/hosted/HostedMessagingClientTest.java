package net.kestrelwave.numops.hosted;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import net.kestrelwave.numops.dashboard.model.ImportTnOrder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostedMessagingClientTest {

    @Test
    void importOrderBody() throws Exception {
        ImportTnOrder order = ImportTnOrder.forNumbers("ICPA-77", List.of(
                        "2524100173"))
                .onSite("1432", "520114")
                .authorizedBy("Dana Whitfield");
        String expected = """
                <ImportTnOrder>
                  <CustomerOrderId>ICPA-77</CustomerOrderId>
                  <SiteId>1432</SiteId>
                  <SipPeerId>520114</SipPeerId>
                  <LoaAuthorizingPerson>Dana Whitfield</LoaAuthorizingPerson>
                  <LoaType>CARRIER</LoaType>
                  <TelephoneNumbers>
                    <TelephoneNumber>2524100173</TelephoneNumber>
                  </TelephoneNumbers>
                </ImportTnOrder>
                """;
        assertEquals(squash(expected), squash(new XmlMapper().writeValueAsString(order)));
    }

    @Test
    void wholesaleImportsStayOnTheOldHost() {
        assertEquals("https://api.inetwork.com/v1.0/accounts/5001877/importTnOrders",
                HostedMessagingClient.legacyImportsUrl("5001877"));
    }

    private static String squash(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }
}
