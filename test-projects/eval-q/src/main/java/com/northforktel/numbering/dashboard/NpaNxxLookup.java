package com.northforktel.numbering.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Which exchanges (NPA-NXX) still have stock in an area code. Feeds the planning dashboard.
 */
@Singleton
public class NpaNxxLookup {

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final String host;

    @Inject
    public NpaNxxLookup(DashboardHttp http, XmlCodec xml, @Named(ConfigKeys.DASHBOARD_HOST) String host) {
        this.http = http;
        this.xml = xml;
        this.host = host;
    }

    public Future<List<NpaNxx>> forAreaCode(int areaCode) {
        String url = String.format("https://%s/api/v1/accounts/%s/availableNpaNxx?areaCode=%d",
                host, http.accountId(), areaCode);
        return http.send(http.get(url)).map(body -> xml.read(body, SearchResult.class).entries);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class SearchResult {

        @JacksonXmlElementWrapper(localName = "AvailableNpaNxxList")
        @JacksonXmlProperty(localName = "AvailableNpaNxx")
        public List<NpaNxx> entries = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class NpaNxx {

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Npa")
        public int npa;

        @JacksonXmlProperty(localName = "Nxx")
        public String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;

        @JacksonXmlProperty(localName = "State")
        public String state;
    }
}
