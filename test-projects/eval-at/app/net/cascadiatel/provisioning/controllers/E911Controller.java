package net.cascadiatel.provisioning.controllers;

import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import net.cascadiatel.provisioning.e911.CustomerAddressService;
import net.cascadiatel.provisioning.e911.E911AddressClient;
import net.cascadiatel.provisioning.e911.E911AddressXml;
import play.libs.Json;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/** Self-care endpoints for a customer's E911 addresses. */
public class E911Controller extends Controller {

    private static final String PORTAL_E911_HELP = "https://webui.inetwork.com/report/#e911";
    private static final String SELF_LINK = "/api/v1/customers/%s/addresses/%s";

    private final CustomerAddressService customerAddresses;
    private final E911AddressClient dashboard;

    @Inject
    public E911Controller(CustomerAddressService customerAddresses, E911AddressClient dashboard) {
        this.customerAddresses = customerAddresses;
        this.dashboard = dashboard;
    }

    /** GET /api/v1/customers/:customerId/addresses */
    public CompletionStage<Result> list(String customerId) {
        return customerAddresses.serviceAddresses(customerId).thenApply(json -> ok(json));
    }

    /** POST /api/v1/customers/:customerId/addresses */
    public CompletionStage<Result> register(String customerId, Http.Request request) {
        E911AddressXml address = Json.fromJson(request.body().asJson(), E911AddressXml.class);
        return customerAddresses.verify(address)
                .thenCompose(verified -> dashboard.create(address))
                .thenApply(location -> created(Json.newObject()
                        .put("self", String.format(SELF_LINK, customerId, location))
                        .put("help", PORTAL_E911_HELP)));
    }
}
