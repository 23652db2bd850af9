package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.model.CustomerAddress;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.BeanInject;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Harbourline's own REST API for the provisioning portal (served by this bridge, not the Dashboard):
 * /api/numbers, /api/customers/{customerId}/addresses.
 */
public class CustomerApiRoute extends RouteBuilder {

    private final Map<String, List<CustomerAddress>> addressesByCustomer = new ConcurrentHashMap<>();

    @BeanInject("tnInventoryStore")
    private TnInventoryStore store;

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .contextPath("/api")
                .bindingMode(RestBindingMode.json);

        rest("/numbers")
                .get().to("direct:api-list-numbers")
                .get("/search")
                    .param().name("areaCode").type(RestParamType.query).required(true).endParam()
                    .to("direct:api-search");

        rest("/customers")
                .get("/{customerId}/addresses").to("direct:api-customer-addresses")
                .post("/{customerId}/addresses").type(CustomerAddress.class).to("direct:api-add-address");

        from("direct:api-list-numbers")
                .routeId("api-list-numbers")
                .process(e -> e.getIn().setBody(store.all()));

        from("direct:api-search")
                .routeId("api-search")
                .setHeader("quantity", constant(10))
                .to("direct:search-available");

        from("direct:api-customer-addresses")
                .routeId("api-customer-addresses")
                .process(e -> e.getIn().setBody(
                        addressesByCustomer.getOrDefault(e.getIn().getHeader("customerId", String.class), List.of())));

        from("direct:api-add-address")
                .routeId("api-add-address")
                .process(this::addAddress)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .setHeader("Location", simple("/api/customers/${header.customerId}/addresses/${header.addressIndex}"));
    }

    private void addAddress(Exchange exchange) {
        CustomerAddress address = exchange.getIn().getBody(CustomerAddress.class);
        List<CustomerAddress> list = addressesByCustomer.computeIfAbsent(address.customerId(),
                id -> new java.util.concurrent.CopyOnWriteArrayList<>());
        list.add(address);
        exchange.getIn().setHeader("addressIndex", list.size() - 1);
    }
}
