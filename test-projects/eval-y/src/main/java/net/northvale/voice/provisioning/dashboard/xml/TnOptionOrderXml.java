package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** TN option order: the Dashboard's way to change per-number features in bulk. */
@XmlRootElement(name = "TnOptionOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnOptionOrderXml {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElementWrapper(name = "TnOptionGroups")
    @XmlElement(name = "TnOptionGroup")
    private List<Group> groups = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Group {
        @XmlElement(name = "Sms")
        private String sms;
        @XmlElement(name = "CallForward")
        private String callForward;
        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        private List<String> telephoneNumbers = new ArrayList<>();

        public Group sms(String onOff) {
            this.sms = onOff;
            return this;
        }

        public Group callForward(String target) {
            this.callForward = target;
            return this;
        }

        public Group numbers(List<String> tns) {
            this.telephoneNumbers = new ArrayList<>(tns);
            return this;
        }

        public String getSms() {
            return sms;
        }

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }

    public TnOptionOrderXml() {
    }

    public TnOptionOrderXml(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public TnOptionOrderXml add(Group group) {
        groups.add(group);
        return this;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<Group> getGroups() {
        return groups;
    }
}
