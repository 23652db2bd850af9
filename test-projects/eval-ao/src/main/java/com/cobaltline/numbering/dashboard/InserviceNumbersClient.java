package com.cobaltline.numbering.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.InserviceNumbersResponse;
import com.cobaltline.numbering.transport.XmlCodec;

/** Raw access to in-service numbers, grouped per area code for the capacity dashboard. */
public class InserviceNumbersClient {

    private final DashboardSettings settings;
    private final XmlCodec codec;

    public InserviceNumbersClient(DashboardSettings settings, XmlCodec codec) {
        this.settings = settings;
        this.codec = codec;
    }

    public InserviceNumbersResponse page(String areaCode, int page) {
        String url = String.format("%s/accounts/%s/inserviceNumbers?areacode=%s&page=%d&size=500",
                settings.getBaseUrl(), settings.getAccountId(), areaCode, page);
        String xml = WebClient.create(url, settings.getUsername(), settings.getPassword(), null)
                .accept("application/xml")
                .get(String.class);
        return codec.fromXml(xml, InserviceNumbersResponse.class);
    }

    public Map<Integer, List<Long>> byAreaCode(String areaCode) {
        Map<Integer, List<Long>> grouped = new TreeMap<>();
        for (Long tn : page(areaCode, 1).getTelephoneNumbers()) {
            int npa = Integer.parseInt(String.valueOf(tn).substring(0, 3));
            grouped.computeIfAbsent(npa, k -> new ArrayList<>()).add(tn);
        }
        return grouped;
    }

    public int totalInService() {
        String xml = WebClient.create(settings.getBaseUrl(), settings.getUsername(), settings.getPassword(), null)
                .path("accounts").path(settings.getAccountId()).path("inserviceNumbers").path("totals")
                .accept("application/xml")
                .get(String.class);
        int start = xml.indexOf("<Count>");
        return start < 0 ? 0 : Integer.parseInt(xml.substring(start + 7, xml.indexOf("</Count>")));
    }
}
