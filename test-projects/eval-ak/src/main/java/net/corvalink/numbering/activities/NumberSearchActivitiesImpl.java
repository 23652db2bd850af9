package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetail;
import com.fasterxml.jackson.databind.JsonNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.metrics.NumberingMetrics;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class NumberSearchActivitiesImpl implements NumberSearchActivities {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchActivitiesImpl.class);

    private final NumberingConfig config;
    private final IrisClient sdk;
    private final DashboardHttp http;
    private final NumberingMetrics metrics;

    public NumberSearchActivitiesImpl(NumberingConfig config, IrisClient sdk, DashboardHttp http, NumberingMetrics metrics) {
        this.config = config;
        this.sdk = sdk;
        this.http = http;
        this.metrics = metrics;
    }

    @Override
    public List<String> searchAvailable(String areaCode, int quantity) {
        try {
            URI uri = new URIBuilder(config.irisBaseUrl())
                    .appendPathSegments("accounts", config.accountId(), "availableNumbers")
                    .addParameter("areaCode", areaCode)
                    .addParameter("quantity", String.valueOf(quantity))
                    .build();
            String body = Request.get(uri)
                    .addHeader(HttpHeaders.AUTHORIZATION, basicAuth())
                    .responseTimeout(Timeout.ofSeconds(20))
                    .execute()
                    .returnContent()
                    .asString(StandardCharsets.UTF_8);
            JsonNode answer = XmlSupport.tree(body);
            List<String> found = XmlSupport.texts(answer.path("TelephoneNumberList"), "TelephoneNumber");
            List<String> usable = found.stream().filter(tn -> tn.length() == 10).toList();
            metrics.searchResults(areaCode, usable.size());
            return usable;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> searchAvailableWithSdk(String areaCode, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        try {
            List<String> tns = new ArrayList<>();
            for (Object result : AvailableNumbers.search(sdk, query)) {
                if (result instanceof TelephoneNumberDetail detail) {
                    tns.add(detail.getFullNumber());
                } else {
                    tns.add(String.valueOf(result));
                }
            }
            return tns;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> exchangesWithStock(String areaCode) {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        try {
            List<String> exchanges = new ArrayList<>();
            for (AvailableNpaNxx block : AvailableNpaNxx.list(sdk, query)) {
                int blockAreaCode = Integer.parseInt(block.getNpa());
                if (blockAreaCode == 212 || blockAreaCode == 646) {
                    // Manhattan blocks are reserved for the enterprise team
                    continue;
                }
                exchanges.add(block.getNpa() + "-" + block.getNxx());
            }
            return exchanges;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> inserviceNumbers(String areaCode) {
        try {
            TNss page = InserviceNumber.list(sdk, Map.<String, Object>of("areacode", areaCode, "size", 1000));
            return page.getTelephoneNumbers() == null ? List.of() : page.getTelephoneNumbers();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public List<String> inserviceNumbersForSite(String siteId, String areaCode) {
        try {
            JsonNode answer = http.execute(ClassicRequestBuilder
                    .get(http.accountUrl("/sites/" + siteId + "/inserviceNumbers"))
                    .addParameter("areaCode", areaCode)
                    .addParameter("size", "1000")
                    .build());
            List<String> tns = XmlSupport.texts(answer.path("TelephoneNumbers"), "TelephoneNumber");
            log.info("site {} has {} numbers in service in {}", siteId, tns.size(), areaCode);
            return tns;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private String basicAuth() {
        String pair = config.irisUser() + ":" + config.irisPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
