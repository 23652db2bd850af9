package net.kestrelwave.numops.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Response of GET inserviceNumbers. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public class InserviceNumbersXml {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlProperty(localName = "TelephoneNumbers")
    private Numbers telephoneNumbers = new Numbers();

    public int getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(int totalCount) {
        this.totalCount = totalCount;
    }

    public List<String> numbers() {
        return telephoneNumbers.numbers;
    }

    public void setTelephoneNumbers(Numbers telephoneNumbers) {
        this.telephoneNumbers = telephoneNumbers;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Numbers {
        @JacksonXmlProperty(localName = "Count")
        public int count;

        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> numbers = new ArrayList<>();
    }
}
