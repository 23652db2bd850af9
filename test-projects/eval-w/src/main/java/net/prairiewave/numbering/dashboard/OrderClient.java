package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.config.DashboardPaths;
import net.prairiewave.numbering.util.Templates;
import net.prairiewave.numbering.xml.OrderXmlBuilder;
import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** New-number orders placed over raw HTTP (bulk orders from the sales tool). */
public class OrderClient {

    private final DashboardHttp http;
    private final String siteId;
    private final String peerId;

    public OrderClient(DashboardHttp http, String siteId, String peerId) {
        this.http = http;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public String orderExisting(List<String> tns) {
        String body = OrderXmlBuilder.order("PW-" + UUID.randomUUID())
                .site(siteId, peerId)
                .telephoneNumbers(tns)
                .build();
        return orderId(http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ORDERS, body));
    }

    public String orderByAreaCode(String areaCode, int quantity) {
        String body = OrderXmlBuilder.order("PW-AC-" + areaCode + "-" + System.currentTimeMillis())
                .site(siteId, peerId)
                .areaCodeSearch(areaCode, quantity)
                .build();
        return orderId(http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ORDERS, body));
    }

    /** Re-orders the two numbers of the Sioux Falls NOC that the carrier reclaims every spring. */
    public String reorderNocLines() {
        String body = OrderXmlBuilder.order("PW-NOC-RECLAIM")
                .site(siteId, peerId)
                .telephoneNumber("6053310400")
                .telephoneNumber("6053310401")
                .partialAllowed(false)
                .build();
        return orderId(http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ORDERS, body));
    }

    /** Same order, from the template the NOC keeps in the repo. */
    public String reorderNocLinesFromTemplate() {
        String body = Templates.render("templates/noc-reclaim-order.xml",
                Map.of("year", Year.now().toString(), "siteId", siteId, "peerId", peerId));
        return orderId(http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ORDERS, body));
    }

    public Document status(String orderId) {
        return XmlSupport.parse(http.get(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.ORDERS + "/" + orderId));
    }

    private static String orderId(String responseXml) {
        return XmlSupport.firstText(XmlSupport.parse(responseXml), "id")
                .orElseThrow(() -> new DashboardException("Order response without id", 200));
    }
}
