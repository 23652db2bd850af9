package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "AddressesResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressListXml {

    @XmlElement(name = "TotalCount")
    private int totalCount;

    @XmlElementWrapper(name = "Addresses")
    @XmlElement(name = "Address")
    private List<E911AddressXml> addresses = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public List<E911AddressXml> getAddresses() {
        return addresses;
    }
}
