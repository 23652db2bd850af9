package net.kestrelcable.provisioning.dashboard.xml;

import java.util.List;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "RemoveImportedTnOrder")
public record RemoveImportedTnOrderPayload(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
}
