package net.northwind.porting.payload;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Jackson views of the carrier responses the raw HTTP jobs parse. */
public final class DashboardResponses {

    private DashboardResponses() {
    }

    /** One row of the in-service totals the number-search job reads per area code. */
    public static class AreaCodeCount {

        @JacksonXmlProperty(localName = "AreaCode")
        public int areaCode;

        @JacksonXmlProperty(localName = "Count")
        public int count;
    }

    @JacksonXmlRootElement(localName = "InserviceTotalsResponse")
    public static class InserviceTotals {

        @JacksonXmlElementWrapper(localName = "AreaCodes")
        @JacksonXmlProperty(localName = "AreaCodeCount")
        public List<AreaCodeCount> areaCodes = List.of();
    }

    /** {@code GET /accounts/{id}/inserviceNumbers} body, numbers kept numeric for cheap sorting. */
    @JacksonXmlRootElement(localName = "TNs")
    public static class InserviceNumbers {

        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<Long> telephoneNumbers = List.of();
    }

    /** Same data, kept as strings (used by the v2 client). */
    @JacksonXmlRootElement(localName = "TNs")
    public static class InserviceNumbersV2 {

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = List.of();

        @JacksonXmlProperty(localName = "AreaCode")
        public String areaCode;
    }
}
