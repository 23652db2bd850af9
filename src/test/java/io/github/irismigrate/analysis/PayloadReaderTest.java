package io.github.irismigrate.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadReaderTest {

    @Test
    void xmlLeafElementsByName() {
        String xml = "<Order><SiteId>461</SiteId><TelephoneNumberList><TelephoneNumber>9195551234</TelephoneNumber>"
                + "<TelephoneNumber a=\"1\">\n  9195551235 </TelephoneNumber></TelephoneNumberList></Order>";
        List<PayloadReader.Element> els = PayloadReader.elements(xml, IrisPayload::isNumberElement);
        assertThat(els).extracting(PayloadReader.Element::value).containsExactly("9195551234", "\n  9195551235 ");
        PayloadReader.Element first = els.get(0);
        assertThat(xml.substring(first.start(), first.end())).isEqualTo("9195551234");
    }

    @Test
    void jsonMembersArraysAndNumbers() {
        String json = "{\"siteId\": 1, \"telephoneNumbers\": [\"9195551234\", \"9195551235\"], \"tn\": 9195551236, \"name\": \"x\"}";
        List<PayloadReader.Element> els = PayloadReader.elements(json, IrisPayload::isNumberElement);
        assertThat(els).extracting(PayloadReader.Element::value).containsExactly("9195551234", "9195551235", "9195551236");
        assertThat(els).extracting(PayloadReader.Element::quoted).containsExactly(true, true, false);
    }

    @Test
    void outlineAndClassification() {
        assertThat(IrisPayload.classify(PayloadReader.outline("<Order><SiteId>1</SiteId></Order>"))).isEqualTo(IrisPayload.Kind.REQUEST);
        assertThat(IrisPayload.classify(PayloadReader.outline("<?xml version=\"1.0\"?><TnOptionOrder/>"))).isEqualTo(IrisPayload.Kind.REQUEST);
        assertThat(IrisPayload.classify(PayloadReader.outline("<OrderResponse><Order><SiteId>1</SiteId></Order></OrderResponse>")))
                .isEqualTo(IrisPayload.Kind.RESPONSE);
        assertThat(IrisPayload.classify(PayloadReader.outline("<Notification><CompletedTelephoneNumbers/></Notification>")))
                .isEqualTo(IrisPayload.Kind.RESPONSE);
        assertThat(IrisPayload.classify(PayloadReader.outline("<TelephoneNumber>" + AssembledText.HOLE + "</TelephoneNumber>")))
                .isEqualTo(IrisPayload.Kind.FRAGMENT);
        assertThat(IrisPayload.classify(PayloadReader.outline("<Contact><TelephoneNumber>1</TelephoneNumber></Contact>")))
                .isEqualTo(IrisPayload.Kind.FOREIGN);
        assertThat(IrisPayload.classify(PayloadReader.outline("{\"customerOrderId\": \"a\", \"tns\": []}"))).isEqualTo(IrisPayload.Kind.REQUEST);
    }
}
