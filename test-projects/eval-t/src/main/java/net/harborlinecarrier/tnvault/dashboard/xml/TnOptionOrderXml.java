package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** POST /accounts/{id}/tnoptions body: per-number feature switches (SMS, call forward, ...). */
@JacksonXmlRootElement(localName = "TnOptionOrder")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TnOptionOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlElementWrapper(localName = "TnOptionGroups")
    @JacksonXmlProperty(localName = "TnOptionGroup")
    public List<Group> groups = new ArrayList<>();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Group {
        @JacksonXmlProperty(localName = "Sms")
        public String sms;

        @JacksonXmlProperty(localName = "CallForward")
        public String callForward;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    public static TnOptionOrderXml sms(String customerOrderId, boolean on, List<String> tns) {
        Group group = new Group();
        group.sms = on ? "on" : "off";
        group.telephoneNumbers.addAll(tns);
        TnOptionOrderXml order = new TnOptionOrderXml();
        order.customerOrderId = customerOrderId;
        order.groups.add(group);
        return order;
    }
}
