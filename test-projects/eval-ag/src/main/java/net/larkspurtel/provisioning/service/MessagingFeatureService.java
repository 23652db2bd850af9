package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.TnOptionOrderXml;

/** Turns SMS on or off with TN option orders (bulk path used by the portal since 2.5). */
public class MessagingFeatureService {

    private final DashboardClient dashboard;
    private final PayloadTemplates templates;

    public MessagingFeatureService(DashboardClient dashboard, PayloadTemplates templates) {
        this.dashboard = dashboard;
        this.templates = templates;
    }

    public String setSms(String customerOrderId, List<String> telephoneNumbers, boolean enabled) throws IOException {
        TnOptionOrderXml order = new TnOptionOrderXml();
        order.customerOrderId = customerOrderId;
        TnOptionOrderXml.Group group = new TnOptionOrderXml.Group();
        group.sms = enabled ? "on" : "off";
        group.telephoneNumbers.addAll(telephoneNumbers);
        order.groups.add(group);
        GenericUrl url = dashboard.account().segment(DashboardPaths.TN_OPTIONS).build();
        return dashboard.postXml(url, XmlSupport.write(order));
    }

    public String setSmsFromTemplate(String customerOrderId, List<String> telephoneNumbers) throws IOException {
        StringBuilder tns = new StringBuilder();
        telephoneNumbers.forEach(tn -> tns.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        String xml = templates.render("tn-option-order.xml",
                Map.of("customerOrderId", customerOrderId, "telephoneNumbers", tns.toString()));
        GenericUrl url = dashboard.account().segment(DashboardPaths.TN_OPTIONS).build();
        return dashboard.postXml(url, xml);
    }

    /** The NOC's test number on the QA sub-account gets SMS switched on after each deploy. */
    public String enableSmsOnQaNumber() throws IOException {
        return setSms("LSP-QA-SMS", List.of("9195550172"), true);
    }
}
