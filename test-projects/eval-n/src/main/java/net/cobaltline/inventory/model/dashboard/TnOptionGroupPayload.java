package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

@XmlType(name = "TnOptionGroup")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnOptionGroupPayload {

    /** {@code on}, {@code off} or {@code unchanged}. */
    @XmlElement(name = "Sms")
    private String sms;

    @XmlElement(name = "CallForward")
    private String callForward;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public static TnOptionGroupPayload sms(boolean on, List<String> numbers) {
        TnOptionGroupPayload group = new TnOptionGroupPayload();
        group.sms = on ? "on" : "off";
        group.telephoneNumbers = new ArrayList<>(numbers);
        return group;
    }

    public static TnOptionGroupPayload callForward(String destination, List<String> numbers) {
        TnOptionGroupPayload group = new TnOptionGroupPayload();
        group.callForward = destination;
        group.telephoneNumbers = new ArrayList<>(numbers);
        return group;
    }

    public String getSms() {
        return sms;
    }

    public String getCallForward() {
        return callForward;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
