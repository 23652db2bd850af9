package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.model.E911Address;
import io.vertx.core.Future;
import java.util.List;

/**
 * Emergency service addresses on the Dashboard account.
 *
 * <p>Reads {@code GET https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses}; every
 * number we activate needs one of these before it can be sold to a residential customer.
 */
@Singleton
public class E911AddressClient {

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public E911AddressClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    public Future<List<E911Address>> list(int page, int size) {
        if (settings.v2Preview()) {
            return listPreview(page, size);
        }
        String url = DashboardUris.of(http.baseUrl())
                .account(http.accountId())
                .segment("addresses")
                .param("page", page)
                .param("size", size)
                .build();
        return http.send(http.get(url)).map(xml::readE911Addresses);
    }

    private Future<List<E911Address>> listPreview(int page, int size) {
        String url = settings.v2BaseUrl() + "/accounts/" + http.accountId() + "/e911Addresses";
        return http.send(http.get(url)
                        .addQueryParam("page", String.valueOf(page))
                        .addQueryParam("size", String.valueOf(size)))
                .map(xml::readE911Addresses);
    }

    public Future<E911Address> get(String addressId) {
        return http.send(http.get(http.baseUrl() + "/accounts/" + http.accountId() + "/addresses/" + addressId))
                .map(xml::readE911Address);
    }

    public Future<String> create(E911Address address) {
        return http.sendXml(http.post(http.url(DashboardPaths.E911_ADDRESSES)), xml.write(address))
                .map(body -> xml.textOf(body, "AddressId"));
    }

    public Future<Void> delete(String addressId) {
        return http.send(http.delete(http.url(DashboardPaths.E911_ADDRESS, addressId))).mapEmpty();
    }
}
