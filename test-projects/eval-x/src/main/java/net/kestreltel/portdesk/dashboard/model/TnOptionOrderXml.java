package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "TnOptionOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnOptionOrderXml {
    @XmlElement(name = "OrderId")
    public String orderId;
    @XmlElement(name = "CustomerOrderId")
    public String customerOrderId;
    @XmlElementWrapper(name = "TnOptionGroups")
    @XmlElement(name = "TnOptionGroup")
    public List<Group> groups = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Group {
        @XmlElement(name = "Sms")
        public String sms;
        @XmlElement(name = "CallForward")
        public String callForward;
        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }
}
