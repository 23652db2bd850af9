package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.E911AddressXml;

/**
 * Keeps the E911 service addresses on the Dashboard account in step with the portal.
 */
public class E911AddressService {

    private static final Logger LOG = Logger.getLogger(E911AddressService.class.getName());

    private final DashboardClient dashboard;
    private final DashboardSettings settings;
    private final AddressValidator validator;

    public E911AddressService(DashboardClient dashboard, AddressValidator validator) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
        this.validator = validator;
    }

    public List<E911AddressXml> list(int page) throws IOException {
        GenericUrl url = dashboard.account()
                .segment(DashboardPaths.E911_ADDRESSES)
                .query("page", page)
                .query("size", 500)
                .build();
        return dashboard.get(url, E911AddressXml.ListResponse.class).addresses;
    }

    public E911AddressXml get(String addressId) throws IOException {
        String url = String.format("%s/accounts/%s/addresses/%s",
                settings.baseUrl(), settings.accountId(), addressId);
        return dashboard.get(new GenericUrl(url), E911AddressXml.class);
    }

    public String create(E911AddressXml address) throws IOException {
        validator.requireDeliverable(address);
        GenericUrl url = new GenericUrl(settings.baseUrl() + "/accounts/" + settings.accountId() + "/addresses");
        String answer = dashboard.postXml(url, XmlSupport.write(address));
        LOG.info("created E911 address for " + address.city + ", " + address.stateCode);
        return answer;
    }

    public String update(String addressId, E911AddressXml address) throws IOException {
        validator.requireDeliverable(address);
        GenericUrl url = new GenericUrl(settings.baseUrl());
        List<String> parts = new ArrayList<>(url.getPathParts());
        parts.addAll(List.of("accounts", settings.accountId(), "addresses", addressId));
        url.setPathParts(parts);
        return dashboard.putXml(url, XmlSupport.write(address));
    }

    public void delete(String addressId) throws IOException {
        GenericUrl url = new GenericUrl(settings.baseUrl());
        url.appendRawPath("/accounts/%s/addresses/%s".formatted(settings.accountId(), addressId));
        dashboard.delete(url);
        LOG.info("E911 address " + addressId + " removed (DELETE /accounts/" + settings.accountId()
                + "/addresses/" + addressId + ")");
    }
}
