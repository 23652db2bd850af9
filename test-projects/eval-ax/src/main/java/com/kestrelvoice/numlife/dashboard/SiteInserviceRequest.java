package com.kestrelvoice.numlife.dashboard;

import java.util.Optional;
import lombok.Builder;
import lombok.NonNull;
import lombok.Value;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * In-service numbers of one site (location): account and site go into the path, the filters
 * into the query.
 */
@Value
@Builder
public class SiteInserviceRequest {

    @NonNull
    String accountId;
    @NonNull
    String siteId;
    String areaCode;
    String npaNxx;
    @Builder.Default
    int size = 500;

    public String toUriString() {
        return UriComponentsBuilder.fromPath("/accounts/{accountId}/sites/{siteId}/inserviceNumbers")
                .queryParamIfPresent("areaCode", Optional.ofNullable(areaCode))
                .queryParamIfPresent("npaNxx", Optional.ofNullable(npaNxx))
                .queryParam("size", size)
                .buildAndExpand(accountId, siteId)
                .toUriString();
    }
}
