package net.cedarline.numberdesk.dashboard.sippeer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * TN option orders (SMS on/off for a batch of numbers). Unlike the MessagingSettings block
 * on the sippeer tns PUT, one order covers many numbers.
 */
public class TnOptionsClient {

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final RequestTemplates templates;

    public TnOptionsClient(DashboardTransport http, DashboardUrls urls, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.templates = templates;
    }

    public String setSms(List<String> telephoneNumbers, boolean on) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerOrderId", "sms-" + UUID.randomUUID());
        values.put("sms", on ? "on" : "off");
        values.put("telephoneNumbers", XmlSupport.tnElements(telephoneNumbers, 16));
        String body = templates.render(TemplateNames.TN_OPTION_ORDER, values);
        DashboardResponse response = http.post(urls.account(DashboardPaths.TN_OPTIONS), body);
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    /** Turns SMS on for the NOC test line after each release. */
    public String enableSmsOnTestLine() {
        return setSms(List.of("9195550188"), true);
    }

    public String status(String orderId) {
        return XmlSupport.firstText(http.get(urls.account(DashboardPaths.TN_OPTIONS, orderId)).body(), "ProcessingStatus");
    }
}
