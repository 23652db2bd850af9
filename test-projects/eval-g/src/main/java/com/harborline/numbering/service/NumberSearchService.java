package com.harborline.numbering.service;

import com.harborline.numbering.config.CountryDefaults;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.DashboardUrlTemplates;
import com.harborline.numbering.dashboard.IrisV2PreviewClient;
import com.harborline.numbering.dashboard.sdk.SdkNumberSearch;
import com.harborline.numbering.domain.TenantProfile;
import com.harborline.numbering.dto.AvailableNumbersQuery;
import com.harborline.numbering.dto.NumberSearchResult;
import com.harborline.numbering.dto.TnDetails;
import com.harborline.numbering.util.HttpSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Number search for the provisioning UI and for our public API.
 */
@ApplicationScoped
public class NumberSearchService {

    private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>([^<]+)</TelephoneNumber>");

    @Inject
    SdkNumberSearch sdk;

    @Inject
    @RestClient
    IrisV2PreviewClient v2;

    @Inject
    DashboardSettings settings;

    @Inject
    @ConfigProperty(name = "harborline.search.v2-canary", defaultValue = "false")
    boolean v2Canary;

    private final HttpClient http = HttpClient.newHttpClient();

    public NumberSearchResult search(AvailableNumbersQuery query) throws Exception {
        if (query.getAreaCode() == null) {
            throw new IllegalArgumentException("areaCode is required");
        }
        if (v2Canary) {
            String xml = v2.availableNumbers(settings.accountId(), CountryDefaults.COUNTRY_CODE_A3,
                    query.getAreaCode(), query.getQuantity());
            return new NumberSearchResult(query.getAreaCode(), extractNumbers(xml), "dashboard-v2");
        }
        List<String> national = sdk.availableInAreaCode(query.getAreaCode(), query.getQuantity());
        List<String> e164 = national.stream().map(tn -> "+1" + tn).toList();
        return new NumberSearchResult(query.getAreaCode(), e164, "dashboard");
    }

    /** Fallback path used when the SDK search times out: plain HTTP with the old URL template. */
    public List<String> searchRaw(String areaCode, int quantity) throws Exception {
        String url = DashboardUrlTemplates.availableByAreaCode(settings.baseUrl(), settings.accountId(), areaCode, quantity);
        var request = HttpSupport.xmlRequest(url, settings.username(), settings.password()).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return extractNumbers(response.body());
    }

    /** Numbers whose area code matches what the tenant asked for at sign-up. */
    public List<TnDetails> preferredFor(TenantProfile profile, List<TnDetails> candidates) {
        List<TnDetails> preferred = new ArrayList<>();
        for (TnDetails details : candidates) {
            if (details.areaCode() != null && details.areaCode() == profile.getPreferredAreaCode()) {
                preferred.add(details);
            }
        }
        return preferred;
    }

    static List<String> extractNumbers(String xml) {
        List<String> numbers = new ArrayList<>();
        Matcher m = TN_ELEMENT.matcher(xml);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }
}
