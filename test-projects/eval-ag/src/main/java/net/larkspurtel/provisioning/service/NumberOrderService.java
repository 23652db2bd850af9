package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.NumberOrderXml;
import net.larkspurtel.provisioning.model.OrderResponseXml;
import net.larkspurtel.provisioning.util.CorrelationIds;

/** Places new-number orders and hands the resulting numbers to the CRM. */
public class NumberOrderService {

    private static final Logger LOG = Logger.getLogger(NumberOrderService.class.getName());

    private final DashboardClient dashboard;
    private final CrmGateway crm;
    private final Clock clock;

    public NumberOrderService(DashboardClient dashboard, CrmGateway crm, Clock clock) {
        this.dashboard = dashboard;
        this.crm = crm;
        this.clock = clock;
    }

    public OrderResponseXml orderExisting(String customerId, List<String> telephoneNumbers) throws IOException {
        NumberOrderXml order = NumberOrderXml.forExisting(CorrelationIds.next("LSP", clock),
                dashboard.settings().siteId(), telephoneNumbers);
        order.peerId = dashboard.settings().sipPeerId();
        OrderResponseXml response = submit(order);
        recordInCrm(customerId, response);
        return response;
    }

    public OrderResponseXml orderByAreaCode(String customerId, String areaCode, int quantity) throws IOException {
        NumberOrderXml order = NumberOrderXml.forAreaCode(CorrelationIds.next("LSP", clock),
                dashboard.settings().siteId(), areaCode, quantity);
        order.name = "Portal order for " + customerId;
        OrderResponseXml response = submit(order);
        recordInCrm(customerId, response);
        return response;
    }

    /** Post-deploy smoke order on the QA site; the numbers are released again by the NOC job. */
    public OrderResponseXml smokeOrder(PayloadTemplates templates) throws IOException {
        GenericUrl url = dashboard.account().segment(DashboardPaths.ORDERS).build();
        String answer = dashboard.postXml(url, templates.raw("qa-smoke-order.xml"));
        return XmlSupport.read(answer, OrderResponseXml.class);
    }

    public OrderResponseXml status(String orderId) throws IOException {
        GenericUrl url = dashboard.account().segments(DashboardPaths.ORDERS, orderId).build();
        return dashboard.get(url, OrderResponseXml.class);
    }

    private OrderResponseXml submit(NumberOrderXml order) throws IOException {
        GenericUrl url = dashboard.account().segment(DashboardPaths.ORDERS).build();
        OrderResponseXml response = dashboard.post(url, order, OrderResponseXml.class);
        LOG.info(() -> "order " + response.order.id + " is " + response.orderStatus);
        return response;
    }

    private void recordInCrm(String customerId, OrderResponseXml response) {
        List<String> crmNumbers = new ArrayList<>();
        for (String tn : response.completedFullNumbers()) {
            crmNumbers.add("1" + tn);
        }
        crm.assignNumbers(customerId, response.order.id, crmNumbers);
    }
}
