package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <TnOptionOrder>} for POST /accounts/{id}/tnoptions. */
@JacksonXmlRootElement(localName = "TnOptionOrder")
public class TnOptionOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlElementWrapper(localName = "TnOptionGroups")
    @JacksonXmlProperty(localName = "TnOptionGroup")
    public List<Group> groups = new ArrayList<>();

    public static class Group {
        @JacksonXmlProperty(localName = "Sms")
        public String sms;

        @JacksonXmlProperty(localName = "CallForward")
        public String callForward;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }
}
