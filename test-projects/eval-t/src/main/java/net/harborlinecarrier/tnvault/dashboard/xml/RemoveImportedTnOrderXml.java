package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

@JacksonXmlRootElement(localName = "RemoveImportedTnOrder")
public class RemoveImportedTnOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    public RemoveImportedTnOrderXml() {
    }

    public RemoveImportedTnOrderXml(String customerOrderId, List<String> tns) {
        this.customerOrderId = customerOrderId;
        this.telephoneNumbers.addAll(tns);
    }
}
