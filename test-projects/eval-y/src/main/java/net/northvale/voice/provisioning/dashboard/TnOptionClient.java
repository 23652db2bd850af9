package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.DashboardEndpoints;
import net.northvale.voice.provisioning.dashboard.xml.TnOptionOrderXml;

import java.util.List;

/** TN option orders: bulk per-number feature changes (SMS on/off, call forwarding). */
@ApplicationScoped
public class TnOptionClient {

    private DashboardClient dashboard;

    protected TnOptionClient() {
    }

    @Inject
    public TnOptionClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public String setSms(String customerOrderId, List<String> tns, boolean enabled) {
        TnOptionOrderXml order = new TnOptionOrderXml(customerOrderId)
                .add(new TnOptionOrderXml.Group().sms(enabled ? "on" : "off").numbers(tns));
        return submit(order);
    }

    public String forwardAll(String customerOrderId, List<String> tns, String destination) {
        return submit(new TnOptionOrderXml(customerOrderId)
                .add(new TnOptionOrderXml.Group().callForward(destination).numbers(tns)));
    }

    private String submit(TnOptionOrderXml order) {
        String url = dashboard.accountUrl(DashboardEndpoints.TN_OPTIONS);
        try (Response response = dashboard.postXml(dashboard.client().target(url), order)) {
            return DashboardClient.idFromLocation(response);
        }
    }
}
