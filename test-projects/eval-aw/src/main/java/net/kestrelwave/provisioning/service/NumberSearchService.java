package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.SearchNumbersRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.SearchNumbersResponse;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.rpc.ResponseObserver;
import net.kestrelwave.provisioning.rpc.RpcException;
import net.kestrelwave.provisioning.rpc.RpcHandler;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class NumberSearchService implements RpcHandler<SearchNumbersRequest, SearchNumbersResponse> {

    private static final Logger log = LoggerFactory.getLogger(NumberSearchService.class);
    private static final int MAX_QUANTITY = 250;

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final EnvironmentConfig env;

    public NumberSearchService(DashboardHttpClient dashboard, DashboardXml xml, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.env = env;
    }

    @Override
    public String fullMethodName() {
        return HandlerRegistry.SEARCH_NUMBERS;
    }

    @Override
    public void handle(SearchNumbersRequest request, ResponseObserver<SearchNumbersResponse> responses) {
        if (request.quantity() <= 0 || request.quantity() > MAX_QUANTITY) {
            responses.onError(new RpcException(RpcStatus.INVALID_ARGUMENT, "quantity must be 1.." + MAX_QUANTITY));
            return;
        }
        DashboardRequest search = request.tollFree() ? tollFreeSearch(request) : localSearch(request);
        DashboardResponse response = dashboard.execute(search.named("search_available_numbers"));
        if (!response.isSuccess()) {
            responses.onError(new RpcException(RpcStatus.FAILED_PRECONDITION,
                    "Dashboard search failed with " + response.status()));
            return;
        }
        List<String> numbers = new ArrayList<>();
        Map<String, Integer> perAreaCode = new TreeMap<>();
        for (String tn : xml.texts(response.body(), "//TelephoneNumberList/TelephoneNumber")) {
            if (tn.length() != 10) {
                log.debug("Skipping unexpected number {}", tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            perAreaCode.merge(npa, 1, Integer::sum);
            numbers.add(tn);
        }
        responses.onNext(new SearchNumbersResponse(numbers, perAreaCode));
        responses.onCompleted();
    }

    /** Canadian resellers pass a country; everybody else gets the default market. */
    public DashboardRequest searchInCountry(String countryCodeA3, String areaCode, int quantity) {
        return DashboardRequest.get()
                .account(env.accountId())
                .path("availableNumbers")
                .query("countryCodeA3", countryCodeA3)
                .query("areaCode", areaCode)
                .query("quantity", quantity);
    }

    private DashboardRequest localSearch(SearchNumbersRequest request) {
        if (request.areaCode() == null || request.areaCode().isBlank()) {
            return DashboardRequest.get()
                    .account(env.accountId())
                    .path("availableNumbers")
                    .rawQuery(env.searchDefaults().get("query"));
        }
        return DashboardRequest.get()
                .account(env.accountId())
                .path("availableNumbers")
                .query("areaCode", request.areaCode())
                .query("quantity", request.quantity())
                .query("enableTNDetail", false);
    }

    private DashboardRequest tollFreeSearch(SearchNumbersRequest request) {
        return DashboardRequest.get()
                .account(env.accountId())
                .path("availableNumbers")
                .query("tollFreeWildCardPattern", "8**")
                .query("quantity", request.quantity());
    }
}
