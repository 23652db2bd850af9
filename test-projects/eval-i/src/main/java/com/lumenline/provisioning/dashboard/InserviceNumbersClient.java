package com.lumenline.provisioning.dashboard;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Numbers that are in service on our Dashboard account. The nightly reconciliation compares
 * this against the provisioning store.
 */
@Component
public class InserviceNumbersClient {

    private final RestTemplate restTemplate;
    private final DashboardProperties props;

    public InserviceNumbersClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate,
                                  DashboardProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
    }

    public List<String> inServiceForAreaCode(String areaCode) {
        String url = props.baseUrl() + "/accounts/" + props.accountId()
                + "/inserviceNumbers?areacode=" + areaCode + "&size=2000";
        TnList response = restTemplate.getForObject(url, TnList.class);
        return response == null || response.numbers() == null ? List.of() : response.numbers();
    }

    /**
     * Numeric view of the in-service numbers; the billing export wants them as longs.
     */
    public List<Long> inServiceAsLongs(String areaCode) {
        List<Long> out = new ArrayList<>();
        for (String tn : inServiceForAreaCode(areaCode)) {
            out.add(Long.valueOf(tn));
        }
        return out;
    }

    public int countInService() {
        String url = props.baseUrl() + "/accounts/" + props.accountId() + "/inserviceNumbers/totals";
        Totals totals = restTemplate.getForObject(url, Totals.class);
        return totals == null || totals.count() == null ? 0 : totals.count();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "TNs")
    public static class TnList {

        @JacksonXmlProperty(localName = "TotalCount")
        private Integer totalCount;

        @JacksonXmlProperty(localName = "TelephoneNumbers")
        private Numbers telephoneNumbers;

        public Integer totalCount() {
            return totalCount;
        }

        public List<String> numbers() {
            return telephoneNumbers == null ? null : telephoneNumbers.numbers;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static class Numbers {

        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "TelephoneNumber")
        private List<String> numbers;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JacksonXmlRootElement(localName = "Quantity")
    public record Totals(@JacksonXmlProperty(localName = "Count") Integer count) {
    }
}
