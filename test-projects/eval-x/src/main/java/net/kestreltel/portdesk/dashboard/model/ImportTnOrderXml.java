package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ImportTnOrderXml {
    @XmlElement(name = "OrderId")
    public String orderId;
    @XmlElement(name = "CustomerOrderId")
    public String customerOrderId;
    @XmlElement(name = "SiteId")
    public String siteId;
    @XmlElement(name = "SipPeerId")
    public String sipPeerId;
    @XmlElement(name = "LoaAuthorizingPerson")
    public String loaAuthorizingPerson;
    @XmlElement(name = "LoaType")
    public String loaType;
    @XmlElement(name = "ProcessingStatus")
    public String processingStatus;
    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();

    @XmlRootElement(name = "RemoveImportedTnOrder")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Removal {
        @XmlElement(name = "CustomerOrderId")
        public String customerOrderId;
        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @XmlRootElement(name = "OrderHistoryWrapper")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class History {
        @XmlElement(name = "OrderHistory")
        public List<Entry> entries = new ArrayList<>();

        @XmlAccessorType(XmlAccessType.FIELD)
        public static class Entry {
            @XmlElement(name = "OrderDate")
            public String orderDate;
            @XmlElement(name = "Note")
            public String note;
            @XmlElement(name = "Status")
            public String status;
        }
    }
}
