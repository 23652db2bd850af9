package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import com.kestrelvoice.numlife.dto.InserviceNumbersDto;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
@RequiredArgsConstructor
public class InserviceNumberClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public InserviceNumbersDto list(String areaCode) {
        String url = "/accounts/" + accountId() + "/inserviceNumbers?areacode=" + areaCode + "&size=500";
        return dashboard.get().uri(url).retrieve().body(InserviceNumbersDto.class);
    }

    public InserviceNumbersDto listForSite(String siteId, String areaCode, int page) {
        String url = "%s/accounts/%s/sites/%s/inserviceNumbers?areaCode=%s&page=%d&size=500"
                .formatted(properties.getApi().getBaseUrl(), accountId(), siteId, areaCode, page);
        return dashboard.get().uri(URI.create(url)).retrieve().body(InserviceNumbersDto.class);
    }

    public InserviceNumbersDto list(SiteInserviceRequest request) {
        return dashboard.get().uri(request.toUriString()).retrieve().body(InserviceNumbersDto.class);
    }

    public InserviceNumbersDto list(InserviceQuery query) {
        return dashboard.get()
                .uri("/accounts/" + accountId() + "/inserviceNumbers?" + query.toQueryString())
                .retrieve()
                .body(InserviceNumbersDto.class);
    }

    /** Path template comes from kestrel.dashboard.paths.inservice. */
    public InserviceNumbersDto listConfigured(String areaCode) {
        return dashboard.get()
                .uri(properties.getPaths().getInservice(), accountId(), areaCode)
                .retrieve()
                .body(InserviceNumbersDto.class);
    }

    public InserviceNumbersDto listForAreaCodes(List<String> areaCodes) {
        StringBuilder url = new StringBuilder("/accounts/").append(accountId()).append("/inserviceNumbers?size=1000");
        for (String areaCode : areaCodes) {
            url.append("&areaCode=").append(areaCode);
        }
        return dashboard.get().uri(url.toString()).retrieve().body(InserviceNumbersDto.class);
    }

    public String totals() {
        return dashboard.get()
                .uri("/accounts/{accountId}/inserviceNumbers/totals", accountId())
                .retrieve()
                .body(String.class);
    }

    /** Cheap authenticated call used by the readiness probe. */
    public boolean smokeCheck() {
        return dashboard.get()
                .uri(properties.getPaths().getSmokeCheck())
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .is2xxSuccessful();
    }

    public boolean isInService(String tn) {
        return dashboard.get()
                .uri(DashboardPaths.INSERVICE_NUMBERS + "/{tn}", accountId(), tn)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .is2xxSuccessful();
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
