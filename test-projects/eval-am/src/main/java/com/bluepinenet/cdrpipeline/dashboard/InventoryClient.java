package com.bluepinenet.cdrpipeline.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import com.bluepinenet.cdrpipeline.dashboard.model.TnDetail;
import org.springframework.stereotype.Component;

/** In-service inventory of our Dashboard account, read over REST. */
@Component
public class InventoryClient {

    private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>(\\d{10})</TelephoneNumber>");
    private static final Pattern TOTAL = Pattern.compile("<Count>(\\d+)</Count>");

    private final DashboardHttpClient client;
    private final DashboardProperties props;

    public InventoryClient(DashboardHttpClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public CompletableFuture<List<String>> inServiceNumbers(String areaCode) {
        String path = DashboardPaths.inserviceByAreaCode(props.getAccountId(), areaCode);
        return client.get(path).thenApply(InventoryClient::extractNumbers);
    }

    public CompletableFuture<List<String>> inServiceNumbersForNpas(List<String> npas) {
        StringBuilder query = new StringBuilder("/accounts/").append(props.getAccountId())
                .append("/inserviceNumbers?size=1000");
        for (String npa : npas) {
            query.append("&areaCode=").append(npa);
        }
        return client.get(query.toString()).thenApply(InventoryClient::extractNumbers);
    }

    public CompletableFuture<Map<String, List<String>>> groupedByNpa(String areaCode) {
        return inServiceNumbers(areaCode).thenApply(tns -> tns.stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(0, 3))));
    }

    public CompletableFuture<Integer> countForAreaCode(String areaCode) {
        return client.get("/accounts/" + props.getAccountId() + "/inserviceNumbers/totals?areaCode=" + areaCode)
                .thenApply(xml -> {
                    Matcher m = TOTAL.matcher(xml);
                    return m.find() ? Integer.parseInt(m.group(1)) : 0;
                });
    }

    public CompletableFuture<List<String>> sitePage(String areaCode, int page) {
        String path = DashboardPaths.siteInservicePage(props.getAccountId(), props.getSiteId(), areaCode, page);
        return client.get(path).thenApply(InventoryClient::extractNumbers);
    }

    public CompletableFuture<TnDetail> tnDetails(String tn) {
        return client.get(DashboardPaths.tnDetails(tn)).thenApply(TnDetailParser::parse);
    }

    public CompletableFuture<Boolean> isOurs(String tn) {
        return tnDetails(tn)
                .thenApply(detail -> props.getAccountId().equals(detail.accountId()))
                .exceptionally(err -> false);
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
