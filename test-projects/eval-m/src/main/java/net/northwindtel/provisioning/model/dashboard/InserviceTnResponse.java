package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Data;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /accounts/{accountId}/inserviceNumbers} response.
 */
@Data
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public class InserviceTnResponse {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<Long> telephoneNumbers = new ArrayList<>();

    @JacksonXmlProperty(localName = "Links")
    private Links links;

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Links {
        @JacksonXmlProperty(localName = "first")
        private String first;
        @JacksonXmlProperty(localName = "next")
        private String next;
    }
}
