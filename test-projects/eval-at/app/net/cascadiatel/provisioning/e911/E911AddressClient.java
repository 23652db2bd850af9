package net.cascadiatel.provisioning.e911;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.DashboardEndpoints;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.ws.WSResponse;

/**
 * E911 service addresses on the Dashboard. Every number we activate needs one before it may
 * place calls.
 */
@Singleton
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;
    private final IrisClient client;

    @Inject
    public E911AddressClient(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings,
                             IrisClient client) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
        this.client = client;
    }

    public CompletionStage<String> list() {
        return dashboard.checked(dashboard.getXml(paths.e911Addresses()));
    }

    public CompletionStage<E911AddressXml> get(String addressId) {
        String url = MessageFormat.format("{0}/accounts/{1}/addresses/{2}", paths.base(), settings.accountId(), addressId);
        return dashboard.checked(dashboard.getXml(url)).thenApply(body -> Xml.read(body, E911AddressXml.class));
    }

    public CompletionStage<String> create(E911AddressXml address) {
        String url = new StringBuilder(settings.baseUrl())
                .append("/accounts/")
                .append(settings.accountId())
                .append("/addresses")
                .toString();
        return dashboard.checked(dashboard.postXml(url, Xml.write(address)));
    }

    public CompletionStage<WSResponse> delete(String addressId) {
        String path = settings.accountPath(settings.e911AddressesPath()) + "/" + addressId;
        log.info("Deleting E911 address {} (https://dashboard.bandwidth.com/api/accounts/{}/addresses/{})",
                addressId, settings.accountId(), addressId);
        return dashboard.delete(settings.baseUrl() + path);
    }

    public CompletionStage<String> update(String addressId, E911AddressXml address) throws URISyntaxException {
        URI uri = new URI("https", "dashboard.bandwidth.com",
                "/api/accounts/" + settings.accountId() + "/addresses/" + addressId, null);
        return dashboard.checked(dashboard.putXml(uri.toString(), Xml.write(address)));
    }

    public String viaSdk(String addressId) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"addresses", addressId});
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }

    /** Dashboard search by the ZIP code of the site. */
    public CompletionStage<String> searchByZip(String zip) {
        return dashboard.request(DashboardEndpoints.HOST + DashboardEndpoints.ACCOUNTS_PATH + settings.accountId() + "/addresses")
                .addQueryParameter("zip", zip)
                .get()
                .thenApply(WSResponse::getBody);
    }

    /** The pilot account already uses the renamed resource. */
    public CompletionStage<String> listPilot(String pilotBase) {
        return dashboard.checked(dashboard.getXml(pilotBase + "/accounts/" + settings.accountId() + "/e911Addresses"));
    }
}
