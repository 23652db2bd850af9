package com.harborline.porting.gateway;

import com.harborline.porting.config.DashboardPaths;
import com.harborline.porting.config.DashboardProperties;
import com.harborline.porting.config.DashboardUrls;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Low-level access to the Dashboard for the calls the declarative clients do not cover.
 */
@Singleton
public class DashboardGateway {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardGateway.class);

    private final HttpClient http;
    private final DashboardProperties props;

    public DashboardGateway(@Client("${dashboard.url}") HttpClient http, DashboardProperties props) {
        this.http = http;
        this.props = props;
    }

    public String listE911Addresses(int page) {
        URI uri = UriBuilder.of(props.getUrl())
                .path("accounts")
                .path(props.getAccountId())
                .path("addresses")
                .queryParam("page", page)
                .queryParam("size", 250)
                .build();
        return get(uri);
    }

    public String inserviceNumbers(String areaCode, int page) {
        URI uri = UriBuilder.of(props.getUrl())
                .path("accounts")
                .path(props.getAccountId())
                .path("inserviceNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("page", page)
                .build();
        return get(uri);
    }

    public String siteInserviceNumbers(String siteId, String areaCode) {
        URI uri = UriBuilder.of(props.getUrl())
                .path("accounts").path(props.getAccountId())
                .path("sites").path(siteId)
                .path("inserviceNumbers")
                .queryParam(DashboardPaths.COUNTRY_CODE, props.getCountryCode())
                .queryParam(DashboardPaths.AREA_CODE, areaCode)
                .build();
        return get(uri);
    }

    public String availableNpaNxx(String areaCode) {
        String query = "?areaCode=" + areaCode + "&quantity=25";
        return get(URI.create(props.getUrl() + DashboardPaths.account(props.getAccountId(), "/availableNpaNxx") + query));
    }

    public String legacyOrderStatus(String orderId) {
        String url = DashboardUrls.LEGACY_ROOT + "/accounts/" + props.getAccountId() + "/orders/" + orderId;
        LOG.debug("Polling legacy order endpoint {}", url);
        return get(URI.create(url));
    }

    public String importOrderLoas(String orderId) {
        String path = props.getUrl()
                + DashboardPaths.account(props.getAccountId(), DashboardPaths.IMPORT_TN_ORDERS)
                + "/" + orderId + "/loas";
        return get(URI.create(path));
    }

    public String portabilityCheck(String checkerXml) {
        URI uri = URI.create(props.getUrl()
                + DashboardPaths.account(props.getAccountId(), DashboardPaths.IMPORT_TN_CHECKER));
        return http.toBlocking().retrieve(authorize(HttpRequest.POST(uri, checkerXml)
                .contentType(MediaType.APPLICATION_XML_TYPE)));
    }

    public String e911ViaRoot(String addressId) {
        String url = DashboardUrls.accountRoot(props.getAccountId()) + DashboardPaths.E911_ADDRESSES + "/" + addressId;
        return get(URI.create(url));
    }

    private String get(URI uri) {
        return http.toBlocking().retrieve(authorize(HttpRequest.GET(uri).accept(MediaType.APPLICATION_XML_TYPE)));
    }

    private <B> MutableHttpRequest<B> authorize(MutableHttpRequest<B> request) {
        return request.basicAuth(props.getUsername(), props.getPassword());
    }
}
