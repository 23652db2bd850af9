package net.tallgrasstel.backoffice.inventory.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Response of inserviceNumbers, read with Jackson XML. */
@JacksonXmlRootElement(localName = "TNs")
@JsonIgnoreProperties(ignoreUnknown = true)
public class InserviceTnsXml {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<Long> telephoneNumbers = new ArrayList<>();

    public int getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(int totalCount) {
        this.totalCount = totalCount;
    }

    public List<Long> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public void setTelephoneNumbers(List<Long> telephoneNumbers) {
        this.telephoneNumbers = telephoneNumbers;
    }
}
