package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.ExternalTnsOrderXml;

/**
 * Messaging on numbers that live in another carrier's inventory (the "external TN" flow the
 * reseller tenants still use).
 */
public class ExternalTnService {

    private static final Logger LOG = Logger.getLogger(ExternalTnService.class.getName());

    private final DashboardClient dashboard;
    private final DashboardSettings settings;
    private final String legacyHost;

    public ExternalTnService(DashboardClient dashboard, String legacyHost) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
        this.legacyHost = legacyHost;
    }

    public String add(String customerOrderId, List<String> telephoneNumbers) throws IOException {
        return submit(customerOrderId, ExternalTnsOrderXml.Action.IMPORT, telephoneNumbers);
    }

    public String remove(String customerOrderId, List<String> telephoneNumbers) throws IOException {
        return submit(customerOrderId, ExternalTnsOrderXml.Action.REMOVE, telephoneNumbers);
    }

    private String submit(String customerOrderId, ExternalTnsOrderXml.Action action, List<String> tns)
            throws IOException {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = settings.siteId();
        order.sipPeerId = settings.sipPeerId();
        order.action = action;
        order.telephoneNumbers.addAll(tns);
        GenericUrl url = dashboard.account().segment(DashboardPaths.EXTERNAL_TNS).build();
        LOG.info(() -> action + " of " + tns.size() + " external TNs");
        return dashboard.postXml(url, XmlSupport.write(order));
    }

    public String status(String orderId) throws IOException {
        String path = String.format("/accounts/%s/externalTns/%s", settings.accountId(), orderId);
        GenericUrl url = new GenericUrl(settings.baseUrl());
        url.appendRawPath(path);
        return dashboard.getRaw(url);
    }

    /** Reseller tenants provisioned before 2019 are still served by the old inetwork host. */
    public String statusOnLegacyHost(String orderId) throws IOException {
        GenericUrl url = new GenericUrl(legacyHost);
        url.setRawPath("/v1.0/accounts/" + settings.accountId() + "/externalTns/" + orderId);
        return dashboard.getRaw(url);
    }
}
