package net.cobaltline.numbers.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "TnOptionOrder")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TnOptionOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;
    @JacksonXmlElementWrapper(localName = "TnOptionGroups")
    @JacksonXmlProperty(localName = "TnOptionGroup")
    public List<Group> groups = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
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
