package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** GET /accounts/{id}/inserviceNumbers answer. */
@JacksonXmlRootElement(localName = "TNs")
@JsonIgnoreProperties(ignoreUnknown = true)
public class InserviceNumbersXml {

    @JacksonXmlProperty(localName = "TotalCount")
    public int totalCount;

    /** Stored as numbers: the reconciliation sorts and range-checks them. */
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<Long> telephoneNumbers = new ArrayList<>();
}
