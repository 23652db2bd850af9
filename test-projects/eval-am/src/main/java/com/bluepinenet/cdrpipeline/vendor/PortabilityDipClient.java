package com.bluepinenet.cdrpipeline.vendor;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * LNP dip service used by the rating engine to find the serving carrier (LRN) of called numbers.
 * Not a Bandwidth API.
 */
@Component
public class PortabilityDipClient {

    /** Known-ported number of the vendor's test range, used by the health check. */
    private static final String HEALTHCHECK_TN = "2125550147";

    private final RestTemplate rest;

    public PortabilityDipClient(RestTemplateBuilder builder,
                                @Value("${lnp-dip.base-url:https://dip.numberportal.example.net/v1}") String baseUrl,
                                @Value("${lnp-dip.api-key:}") String apiKey) {
        this.rest = builder.rootUri(baseUrl).defaultHeader("X-Api-Key", apiKey).build();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> dip(String tn) {
        return rest.getForObject("/tns/{tn}", Map.class, tn);
    }

    public boolean healthy() {
        Map<String, Object> result = dip(HEALTHCHECK_TN);
        return result != null && result.get("lrn") != null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> dipAreaCode(String areaCode) {
        return rest.getForObject("/npas/{npa}/summary?areaCode={ac}", Map.class, areaCode, areaCode);
    }
}
