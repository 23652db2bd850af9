package net.harbourline.numberdesk.dashboard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderXmlRendererTest {

    @Test
    void rendersOneElementPerNumber() {
        String xml = OrderXmlRenderer.render("HL-2024-0612", "38213", "571120",
                List.of("9194600100",
                        "9194600199"));
        String expected = """
                        <TelephoneNumberList>
                    <TelephoneNumber>9194600100</TelephoneNumber>
                """;
        assertTrue(xml.contains("<CustomerOrderId>HL-2024-0612</CustomerOrderId>"));
        assertTrue(xml.replace(" ", "").contains(expected.replace(" ", "")));
    }
}
