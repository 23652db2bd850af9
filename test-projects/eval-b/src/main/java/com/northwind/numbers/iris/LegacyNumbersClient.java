package com.northwind.numbers.iris;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import com.northwind.numbers.config.IrisProperties;

/**
 * Ported from the old numbers client (com.bandwidth.sdk:numbers) when it was deprecated:
 * URL building kept as it was.
 */
@Component
public class LegacyNumbersClient {

    private final RestTemplate rest;
    private final IrisProperties props;
    private final PayloadTemplates templates;

    public LegacyNumbersClient(@Qualifier("irisRestTemplate") RestTemplate rest, IrisProperties props,
                               PayloadTemplates templates) {
        this.rest = rest;
        this.props = props;
        this.templates = templates;
    }

    public String availableNumbers(String areaCode, int quantity) {
        String url = MessageFormat.format("{0}/accounts/{1}/availableNumbers?areaCode={2}&quantity={3}",
                props.getBaseUrl(), props.getAccountId(), areaCode, Integer.toString(quantity));
        return rest.getForObject(url, String.class);
    }

    public String inserviceNumbers(String areaCode) {
        String url = String.format("%s/accounts/%s/inserviceNumbers?areacode=%s",
                props.getBaseUrl(), props.getAccountId(), areaCode);
        return rest.getForObject(url, String.class);
    }

    public String removeImportedOrders(String status) {
        return rest.getForObject(String.format("%s/accounts/%s/removeImportedTnOrders?status=%s",
                props.getBaseUrl(), props.getAccountId(), status), String.class);
    }

    /**
     * Storefront filter: any combination of filters; the UI sends e.g. areaCode, city, state.
     */
    public String availableNumbersFiltered(Map<String, String> filters) {
        StringBuilder url = new StringBuilder(props.getBaseUrl())
                .append("/accounts/").append(props.getAccountId()).append("/availableNumbers?");
        for (Map.Entry<String, String> f : filters.entrySet()) {
            url.append(f.getKey()).append('=').append(f.getValue()).append('&');
        }
        url.setLength(url.length() - 1);
        return rest.getForObject(url.toString(), String.class);
    }

    public String availableInAreaCodes(List<String> areaCodes) {
        StringBuilder query = new StringBuilder();
        for (String ac : areaCodes) {
            query.append(query.length() == 0 ? "?" : "&").append("areaCode=").append(ac);
        }
        return rest.getForObject(props.getBaseUrl() + "/accounts/" + props.getAccountId()
                + "/availableNumbers" + query, String.class);
    }

    /** Sandbox smoke test: orders the two reserved sandbox numbers from the XML template. */
    public String sandboxSmokeOrder() {
        String body = templates.render("order-existing-tns.xml", Map.of(
                "customerOrderId", "smoke-" + System.currentTimeMillis(),
                "siteId", props.getSiteId(),
                "sipPeerId", props.getSipPeerId()));
        return rest.postForObject(props.getSandboxBaseUrl() + "/accounts/" + props.getAccountId() + "/orders",
                body, String.class);
    }

    public String tnStatus() {
        return rest.getForObject(props.getBaseUrl() + "/tns?tn=9194570312", String.class);
    }
}
