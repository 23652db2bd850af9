package net.kestrelwave.numops.e911;

import net.kestrelwave.numops.config.Settings;
import net.kestrelwave.numops.dashboard.DashboardEndpoints;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.TemplateRenderer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.Map;

/** Emergency (E911) service addresses registered on the Dashboard account. */
public class E911AddressClient {

    private final DashboardHttp http;
    private final Settings settings;
    private final TemplateRenderer templates;

    public E911AddressClient(DashboardHttp http, Settings settings, TemplateRenderer templates) {
        this.http = http;
        this.settings = settings;
        this.templates = templates;
    }

    public String listAddresses() throws IOException {
        String url = MessageFormat.format("{0}/accounts/{1}/addresses", settings.dashboardBaseUrl(), http.accountId());
        return http.get(URI.create(url));
    }

    public String listPage(int page, int size) throws IOException {
        return http.get(URI.create(settings.dashboardBaseUrl() + "/accounts/" + http.accountId() + "/addresses?page=" + page + "&size=" + size));
    }

    public String getAddress(String addressId) throws IOException, URISyntaxException {
        return http.get(http.accountUri("addresses", addressId).build());
    }

    public String create(Map<String, Object> address) throws IOException {
        String path = settings.path("dashboard.path.addresses", "/accounts/{accountId}/addresses");
        String body = templates.render("e911-address.xml", address);
        return http.post(URI.create(settings.dashboardBaseUrl() + path), body);
    }

    public void delete(String addressId) throws IOException {
        String path = String.format(DashboardEndpoints.ADDRESS, http.accountId(), addressId);
        http.delete(URI.create(settings.dashboardBaseUrl() + path));
    }

    /** E911 provisioning orders; these are not the address book. */
    public String e911Orders() throws IOException, URISyntaxException {
        return http.get(http.accountUri("e911s").addParameter("status", "COMPLETE").build());
    }
}
