package com.kestrelvoice.numlife.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

@Data
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "TNs")
public class InserviceNumbersDto {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlProperty(localName = "Links")
    private Links links;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    @Data
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Links {
        @JacksonXmlProperty(localName = "first")
        private String first;
        @JacksonXmlProperty(localName = "next")
        private String next;
    }
}
