package com.harborline.numbering.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.harborline.numbering.repository.MarketQuotaRepository.Market;
import com.harborline.numbering.repository.OrderTrackingRepository;
import com.harborline.numbering.sdk.IrisSdkGateway;
import com.harborline.numbering.xml.XmlSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hourly: keeps a pool of spare numbers in every active market so that self-service signups
 * get a local number instantly. Searches Dashboard, orders what is missing, and pre-registers the
 * new numbers with the lookup cache used by the portal.
 */
public class NumberPoolRefillJob extends Job {

    public NumberPoolRefillJob() {
        super("numberPoolRefill");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        IrisClient client = context.irisClients().production();
        IrisSdkGateway gateway = new IrisSdkGateway(client);
        boolean rawSearch = Boolean.parseBoolean(settings.getOrDefault("rawSearch", "false"));
        int ordered = 0;
        for (Market market : context.markets().activeMarkets()) {
            int missing = market.minimumPool() - context.markets().pooledCount(market.npa());
            if (missing <= 0) {
                continue;
            }
            int quantity = Math.min(missing, market.maximumOrder());
            List<String> found = rawSearch ? rawSearch(context, market, quantity)
                    : gateway.searchByAreaCode(market.npa(), quantity);
            if (found.isEmpty()) {
                log.info("no stock in {} ({}), sales will be told", market.marketCode(), market.npa());
                continue;
            }
            ordered += order(client, context, found);
            List<String> e164 = new ArrayList<>();
            for (String tn : found) {
                e164.add("+1" + tn);
            }
            log.debug("pre-registering {} numbers with the portal cache", e164.size());
        }
        return JobResult.ok(ordered);
    }

    /** Raw HTTP variant, kept for the sandbox where the SDK's search is flaky. */
    private List<String> rawSearch(JobContext context, Market market, int quantity) throws Exception {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("areaCode", market.npa());
        filters.put("quantity", String.valueOf(quantity));
        filters.put("enableTNDetail", "false");
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> f : filters.entrySet()) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(f.getKey()).append('=').append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        String xml = context.dashboard().get(context.dashboard().apiRoot() + "/accounts/" + context.accountId()
                + "/availableNumbers?" + query);
        return XmlSupport.texts(XmlSupport.parse(xml), "//TelephoneNumber");
    }

    private int order(IrisClient client, JobContext context, List<String> tns) throws Exception {
        Order order = new Order();
        order.setName("pool refill");
        order.setSiteId(context.props().defaultSiteId());
        order.setPeerId(context.props().defaultSipPeerId());
        order.setCustomerOrderId(OrderTrackingRepository.nextCustomerOrderId(context.clock().millis() % 1_000_000));
        order.setPartialAllowed(true);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        return response.getOrder() == null ? 0 : tns.size();
    }
}
