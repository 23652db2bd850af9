package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <TnOptionOrder>} for POST /accounts/{id}/tnoptions. */
@XmlRootElement(name = "TnOptionOrder")
public class TnOptionOrderPayload {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElementWrapper(name = "TnOptionGroups")
    @XmlElement(name = "TnOptionGroup")
    private List<Group> groups = new ArrayList<>();

    public TnOptionOrderPayload() {
    }

    public TnOptionOrderPayload(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public TnOptionOrderPayload sms(String onOff, List<String> tns) {
        Group g = new Group();
        g.sms = onOff;
        g.telephoneNumbers.addAll(tns);
        groups.add(g);
        return this;
    }

    public TnOptionOrderPayload callForward(String destination, List<String> tns) {
        Group g = new Group();
        g.callForward = destination;
        g.telephoneNumbers.addAll(tns);
        groups.add(g);
        return this;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public static class Group {
        @XmlElement(name = "Sms")
        private String sms;

        @XmlElement(name = "CallForward")
        private String callForward;

        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        private List<String> telephoneNumbers = new ArrayList<>();

        public String getSms() {
            return sms;
        }

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }
}
