package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "TNs")
@XmlAccessorType(XmlAccessType.FIELD)
public class InserviceNumbersResponse {

    @XmlElement(name = "TotalCount")
    private int totalCount;

    @XmlElement(name = "Links")
    private Links links;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public Links getLinks() {
        return links;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Links {
        @XmlElement(name = "first")
        private String first;
        @XmlElement(name = "next")
        private String next;

        public String getFirst() {
            return first;
        }

        public String getNext() {
            return next;
        }
    }
}
