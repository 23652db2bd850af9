package com.cobaltline.numbering.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** Response of GET /accounts/{id}/inserviceNumbers. */
@XmlRootElement(name = "TNs")
@XmlAccessorType(XmlAccessType.FIELD)
public class InserviceNumbersResponse {

    @XmlElement(name = "TotalCount")
    private int totalCount;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<Long> telephoneNumbers = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public List<Long> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
