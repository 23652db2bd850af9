package net.cedarline.numberdesk.dashboard.e911;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.config.LegacyDashboardProperties;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/** E911 addresses and E911 orders for our numbers. */
public class E911Client {

    /** Used by the compliance export (link handed to the auditors' script). */
    static final String E911_EXPORT_URL = "https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses?type=e911&page=1&size=500";

    private static final String ADDRESS_VALIDATION_URL = "https://geo.cedarline.net/api/v1/addresses/validate";

    private final DashboardTransport http;
    private final DashboardSettings settings;
    private final DashboardUrls urls;
    private final RequestTemplates templates;

    public E911Client(DashboardTransport http, DashboardSettings settings, DashboardUrls urls, RequestTemplates templates) {
        this.http = http;
        this.settings = settings;
        this.urls = urls;
        this.templates = templates;
    }

    /** GET {base}/accounts/{accountId}/addresses: every E911 address on the account. */
    public List<E911Address> listAddresses() {
        String url = String.format("%s/accounts/%s/addresses", settings.getBaseUrl(), settings.getAccountId());
        return parse(http.get(url).body());
    }

    public E911Address getAddress(String addressId) {
        String url = settings.getBaseUrl() + "/accounts/" + settings.getAccountId() + "/addresses/" + addressId;
        List<E911Address> found = parse(http.get(url).body());
        return found.isEmpty() ? null : found.get(0);
    }

    /** Same list through the porting desk's path table; kept for the nightly count check. */
    public int addressCount() {
        String url = urls.base() + LegacyDashboardProperties.path("dashboard.path.e911Addresses", settings.getAccountId());
        return XmlSupport.texts(http.get(url).body(), "Address").size();
    }

    public boolean deleteAddress(String addressId) {
        DashboardResponse response = http.delete(urls.account(DashboardPaths.E911_ADDRESSES, addressId));
        return response.isSuccess();
    }

    public List<E911Address> addressesInZip(String zip) {
        String url = DashboardUrls.withQuery(urls.account("addresses"), Map.of("zip", zip, "size", 100));
        return parse(http.get(url).body());
    }

    /** Our geo service answers 200 when the USPS knows the address. */
    public boolean isDeliverable(E911Address address) {
        String url = ADDRESS_VALIDATION_URL + "?zip=" + address.zip() + "&street=" + URLEncoder.encode(address.streetName(), StandardCharsets.UTF_8);
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
            conn.setConnectTimeout(2000);
            int status = conn.getResponseCode();
            conn.disconnect();
            return status == 200;
        } catch (IOException e) {
            return true;
        }
    }

    public String exportUrl() {
        return E911_EXPORT_URL.replace("{accountId}", settings.getAccountId());
    }

    public String provision(String telephoneNumber, E911Address address, String callerName) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerOrderId", "e911-" + telephoneNumber);
        values.put("callerName", XmlSupport.escape(callerName));
        values.put("houseNumber", address.houseNumber());
        values.put("streetName", XmlSupport.escape(address.streetName()));
        values.put("city", address.city());
        values.put("stateCode", address.stateCode());
        values.put("zip", address.zip().length() > 5 ? address.zip().substring(0, 5) : address.zip());
        values.put("telephoneNumber", telephoneNumber);
        String body = templates.render(TemplateNames.E911_ORDER, values);
        return http.post(urls.account(DashboardPaths.E911_ORDERS), body).createdId();
    }

    private static List<E911Address> parse(String xml) {
        List<E911Address> result = new ArrayList<>();
        NodeList nodes = XmlSupport.parse(xml).getElementsByTagName("Address");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element a = (Element) nodes.item(i);
            result.add(new E911Address(
                    text(a, "Id"), text(a, "HouseNumber"), text(a, "StreetName"), text(a, "City"),
                    text(a, "StateCode"), text(a, "Zip"), text(a, "Country")));
        }
        return result;
    }

    private static String text(Element parent, String tag) {
        List<String> values = XmlSupport.texts(parent, tag);
        return values.isEmpty() ? null : values.get(0);
    }
}
