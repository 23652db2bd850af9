package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.E911AddressRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.E911AddressResponse;
import net.kestrelwave.provisioning.config.DashboardProperties;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.crm.CrmClient;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardOperation;
import net.kestrelwave.provisioning.dashboard.DashboardPaths;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.rpc.ResponseObserver;
import net.kestrelwave.provisioning.rpc.RpcException;
import net.kestrelwave.provisioning.rpc.RpcHandler;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;
import net.kestrelwave.provisioning.templates.TemplateRenderer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * E911 addresses for the hosted PBX tenants. The address is validated by the Dashboard (MSAG); we keep
 * only its id.
 */
public class E911Service implements RpcHandler<E911AddressRequest, E911AddressResponse> {

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final TemplateRenderer templates;
    private final DashboardProperties properties;
    private final CrmClient crm;
    private final EnvironmentConfig env;

    public E911Service(DashboardHttpClient dashboard, DashboardXml xml, TemplateRenderer templates,
                       DashboardProperties properties, CrmClient crm, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.templates = templates;
        this.properties = properties;
        this.crm = crm;
        this.env = env;
    }

    @Override
    public String fullMethodName() {
        return HandlerRegistry.UPSERT_E911_ADDRESS;
    }

    @Override
    public void handle(E911AddressRequest request, ResponseObserver<E911AddressResponse> responses) {
        String payload = templates.render("e911-address.xml", request);
        DashboardRequest call = request.addressId() == null
                ? DashboardRequest.post().account(env.accountId()).path("addresses")
                : DashboardRequest.put().account(env.accountId()).path("addresses", request.addressId());
        DashboardResponse response = dashboard.execute(call.body(payload).named("upsert_e911_address"));
        if (!response.isSuccess()) {
            responses.onError(new RpcException(RpcStatus.INVALID_ARGUMENT,
                    "address rejected: " + xml.text(response.body(), "//Description")));
            return;
        }
        String id = request.addressId() != null ? request.addressId() : response.createdId().orElse(null);
        responses.onNext(new E911AddressResponse(id, "VALID"));
        responses.onCompleted();
    }

    public List<String> addressIds(int page) {
        // GET /accounts/{id}/addresses pages at 100; the compliance export below asks for 1000
        DashboardResponse response = dashboard.execute(DashboardRequest.get()
                .account(env.accountId())
                .path("addresses")
                .query("page", page)
                .query("size", 100));
        return xml.texts(response.body(), "//Address/Id");
    }

    public String addressXml(String addressId) {
        return dashboard.execute(DashboardRequest.of(DashboardOperation.GET_E911_ADDRESS,
                Map.of("accountId", env.accountId(), "addressId", addressId))).body();
    }

    public void deleteAddress(String addressId) {
        URI uri = URI.create(dashboard.baseUrl() + DashboardPaths.e911Address(env.accountId(), addressId));
        dashboard.execute("DELETE", uri, null, "delete_e911_address");
    }

    /** Nightly export for the compliance team: every address on the account. */
    public String exportAll() {
        StringBuilder url = new StringBuilder(dashboard.baseUrl())
                .append("/accounts/")
                .append(env.accountId())
                .append("/addresses")
                .append("?size=1000");
        return dashboard.execute("GET", URI.create(url.toString()), null, "export_e911_addresses").body();
    }

    /** Support sometimes points this at a sandbox account through application.properties. */
    public String overrideList() {
        URI uri = URI.create(dashboard.baseUrl() + properties.e911AddressesPath(env.accountId()));
        return dashboard.execute("GET", uri, null, "list_e911_addresses").body();
    }

    public String addressFromEnvironmentPath(String addressId) {
        String template = env.path("e911Address", "/accounts/{accountId}/e911Addresses/{addressId}");
        String path = template.replace("{accountId}", env.accountId()).replace("{addressId}", addressId);
        return dashboard.execute("GET", URI.create(dashboard.baseUrl() + path), null, "get_e911_address").body();
    }

    /** Addresses the customer entered in our CRM, used to prefill the E911 form. */
    public List<E911AddressRequest> crmSuggestions(String customerId) throws Exception {
        List<E911AddressRequest> suggestions = new ArrayList<>();
        for (CrmClient.CustomerSite site : crm.serviceAddresses(customerId)) {
            suggestions.add(new E911AddressRequest(null, "", site.street(), site.city(), site.state(), site.zip(), ""));
        }
        return suggestions;
    }
}
