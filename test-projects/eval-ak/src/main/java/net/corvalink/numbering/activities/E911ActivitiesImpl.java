package net.corvalink.numbering.activities;

import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.IrisEndpoints;
import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.iris.model.E911AddressRequest;
import net.corvalink.numbering.portal.PortalClient;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

public class E911ActivitiesImpl implements E911Activities {

    private static final Logger log = LoggerFactory.getLogger(E911ActivitiesImpl.class);

    /** NOC line that PSAPs call back when a customer gave us none. */
    private static final String NOC_CALLBACK = "13125550100";

    private final NumberingConfig config;
    private final DashboardHttp http;
    private final PortalClient portal;

    public E911ActivitiesImpl(NumberingConfig config, DashboardHttp http, PortalClient portal) {
        this.config = config;
        this.http = http;
        this.portal = portal;
    }

    @Override
    public E911AddressRequest serviceAddressFromPortal(String customerId) {
        try {
            return portal.serviceAddress(customerId);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String createAddress(E911AddressRequest address) {
        try {
            String body = XmlSupport.mapper().writeValueAsString(address);
            JsonNode answer = http.post(config.e911AddressesUrl(), body);
            return answer.path("Address").path("AddressId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public boolean addressValid(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", http.baseUrl(), http.accountId(), addressId);
        try {
            JsonNode answer = http.get(url);
            return "VALID".equalsIgnoreCase(answer.path("Address").path("ValidationStatus").asText());
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> addressIds() {
        try {
            URI uri = new URIBuilder(http.baseUrl())
                    .appendPathSegments("accounts", http.accountId(), "addresses")
                    .addParameter("page", "1")
                    .addParameter("size", "500")
                    .build();
            List<String> ids = new ArrayList<>();
            for (JsonNode address : XmlSupport.nodes(http.get(uri).path("Addresses"), "Address")) {
                ids.add(address.path("AddressId").asText());
            }
            return ids;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void deleteAddress(String addressId) {
        String url = IrisEndpoints.DASHBOARD_HOST + IrisEndpoints.ACCOUNTS_PATH + config.accountId()
                + IrisEndpoints.E911_ADDRESSES + "/" + addressId;
        try {
            Request.delete(url)
                    .addHeader(HttpHeaders.AUTHORIZATION, basicAuth())
                    .execute()
                    .discardContent();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String provision(String tn, String addressId, String callbackNumber) {
        String callback = callbackNumber == null || callbackNumber.isBlank() ? NOC_CALLBACK : callbackNumber;
        String body = """
                <E911Order>
                  <CustomerOrderId>e911-%s</CustomerOrderId>
                  <E911s>
                    <E911>
                      <TelephoneNumber>%s</TelephoneNumber>
                      <AddressId>%s</AddressId>
                      <CallbackNumber>%s</CallbackNumber>
                    </E911>
                  </E911s>
                </E911Order>
                """.formatted(tn, tn, addressId, callback);
        try {
            JsonNode answer = http.post(http.accountUrl(IrisEndpoints.E911_ORDERS), body);
            return answer.path("E911Order").path("OrderId").asText();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String addressHistory(String addressId) {
        String url = new StringBuilder(http.baseUrl())
                .append("/accounts/").append(http.accountId())
                .append("/addresses/").append(addressId)
                .append("/history")
                .toString();
        try {
            return http.get(url).toString();
        } catch (Exception e) {
            log.warn("no history for address {}", addressId);
            return "";
        }
    }

    private String basicAuth() {
        String pair = config.irisUser() + ":" + config.irisPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
