package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.InventorySnapshotProcessor;
import com.harborline.numbering.processors.TelephoneNumberExtractor;
import org.apache.camel.Exchange;
import org.apache.camel.PropertyInject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Hourly pull of the in-service numbers of our home market into tn_inventory, plus an
 * on-demand variant per NPA used by the NOC tooling ({@code direct:inventoryForMarket}).
 */
public class InventorySyncRoute extends RouteBuilder {

    @PropertyInject(value = "iris.base", defaultValue = "https://dashboard.bandwidth.com/api")
    private String irisBase;

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .log("inventory sync failed: ${exception.message}");

        from("timer:inventorySync?period={{inventory.sync.period:3600000}}&delay=30000")
                .routeId("inventory-sync")
                .setHeader("accountId", simple("{{iris.accountId}}"))
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader(Exchange.HTTP_QUERY, constant("areaCode=919&page=1&size=1000"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("https://dashboard.bandwidth.com/api/accounts/${header.accountId}/inserviceNumbers")
                .convertBodyTo(String.class)
                .process(new TelephoneNumberExtractor())
                .log("inventory sync: ${header.tnCount} numbers in service")
                .split(body())
                    .process(new InventorySnapshotProcessor())
                .end();

        from("direct:inventoryForMarket")
                .routeId("inventory-for-market")
                .setHeader("accountId", simple("{{iris.accountId}}"))
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader(Exchange.HTTP_QUERY, simple("areacode=${header.npa}&size=500"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD(irisBase + "/accounts/${header.accountId}/inserviceNumbers")
                .convertBodyTo(String.class)
                .process(new TelephoneNumberExtractor());
    }
}
