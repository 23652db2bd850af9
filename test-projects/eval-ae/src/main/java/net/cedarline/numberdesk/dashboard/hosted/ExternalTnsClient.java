package net.cedarline.numberdesk.dashboard.hosted;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.config.LegacyDashboardProperties;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * External TNs: off-net numbers we register for messaging only. Used by the reseller
 * onboarding flow.
 */
public class ExternalTnsClient {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnsClient.class);

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final DashboardSettings settings;
    private final RequestTemplates templates;

    public ExternalTnsClient(DashboardTransport http, DashboardUrls urls, DashboardSettings settings, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.settings = settings;
        this.templates = templates;
    }

    public String add(String customerOrderId, List<String> telephoneNumbers) {
        return submit(customerOrderId, "IMPORT", telephoneNumbers);
    }

    public String remove(String customerOrderId, List<String> telephoneNumbers) {
        return submit(customerOrderId, "REMOVE", telephoneNumbers);
    }

    private String submit(String customerOrderId, String action, List<String> telephoneNumbers) {
        log.warn("{}: /externalTns has no v2 equivalent, move this flow to hosted messaging imports", customerOrderId);
        Map<String, Object> values = new HashMap<>();
        values.put("customerOrderId", customerOrderId);
        values.put("siteId", settings.getSiteId());
        values.put("sipPeerId", settings.getSipPeerId());
        values.put("action", action);
        values.put("telephoneNumbers", XmlSupport.tnElements(telephoneNumbers, 8));
        String body = templates.render(TemplateNames.EXTERNAL_TNS_ORDER, values);
        DashboardResponse response = http.post(urls.account(DashboardPaths.EXTERNAL_TNS), body);
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    public String orderStatus(String orderId) {
        String url = urls.base() + LegacyDashboardProperties.path("dashboard.path.externalTns", urls.accountId()) + "/" + orderId;
        return XmlSupport.firstText(http.get(url).body(), "ProcessingStatus");
    }

    public List<String> registered(int page) {
        String url = String.format("%s/accounts/%s/externalTns?page=%d&size=%d", urls.base(), urls.accountId(), page, 250);
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }
}
