package net.tidewatertel.provisioning.numbers;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import net.tidewatertel.provisioning.domain.AreaCodeSearchOrderXml;
import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** Places number orders on the Dashboard (raw XML, predates the SDK module). */
public class NumberOrderService {

    private static final Logger LOG = LoggerFactory.getLogger(NumberOrderService.class);

    /** Lines wired to the NOC test lab in Norfolk; re-ordered whenever the lab site is rebuilt. */
    static final List<String> LAB_NUMBERS = Arrays.asList(
            "7575550190",
            "7575550191",
            "7575550192");

    private static final String LAB_SITE_ID = "4413";

    private final DashboardHttpClient http;
    private final DashboardPaths paths;

    public NumberOrderService(DashboardHttpClient http, DashboardPaths paths) {
        this.http = http;
        this.paths = paths;
    }

    public String orderExisting(String siteId, String sipPeerId, List<String> numbers) throws IOException {
        Document doc = XmlSupport.newDocument("Order");
        Element order = doc.getDocumentElement();
        XmlSupport.append(doc, order, "CustomerOrderId", customerOrderId());
        XmlSupport.append(doc, order, "SiteId", siteId);
        XmlSupport.append(doc, order, "PeerId", sipPeerId);
        XmlSupport.append(doc, order, "PartialAllowed", "false");
        Element existing = XmlSupport.append(doc, order, "ExistingTelephoneNumberOrderType", null);
        Element list = XmlSupport.append(doc, existing, "TelephoneNumberList", null);
        for (String tn : numbers) {
            XmlSupport.append(doc, list, "TelephoneNumber", tn);
        }
        HttpResult result = http.post(paths.orders(), XmlSupport.toString(doc));
        if (!result.isSuccess()) {
            throw new IOException("Order rejected: " + result.getBody());
        }
        LOG.info("Order {} placed for {} numbers", result.createdId(), numbers.size());
        return result.createdId();
    }

    public String reorderLabNumbers() throws IOException {
        return orderExisting(LAB_SITE_ID, "551871", LAB_NUMBERS);
    }

    public String orderByAreaCode(String siteId, String areaCode, int quantity) throws IOException {
        AreaCodeSearchOrderXml search = new AreaCodeSearchOrderXml();
        search.setAreaCode(Integer.parseInt(areaCode));
        search.setQuantity(quantity);
        Document doc = XmlSupport.newDocument("Order");
        Element order = doc.getDocumentElement();
        XmlSupport.append(doc, order, "CustomerOrderId", customerOrderId());
        XmlSupport.append(doc, order, "SiteId", siteId);
        Element byAreaCode = XmlSupport.append(doc, order, "AreaCodeSearchAndOrderType", null);
        XmlSupport.append(doc, byAreaCode, "AreaCode", String.valueOf(search.getAreaCode()));
        XmlSupport.append(doc, byAreaCode, "Quantity", String.valueOf(search.getQuantity()));
        return http.post(paths.orders(), XmlSupport.toString(doc)).createdId();
    }

    /** Completed numbers of an order, as 11-digit strings for the switch loader. */
    public List<String> completedNumbersForSwitch(String orderId) throws IOException {
        HttpResult result = http.get(paths.order(orderId));
        List<String> completed = XmlSupport.texts(result.getBody(), "TelephoneNumber");
        return completed.stream().map(tn -> "1" + tn).collect(Collectors.toList());
    }

    /** Order ids are yyyyMMddHH plus a sequence, e.g. 2024061801, as finance wants them. */
    private static String customerOrderId() {
        return new SimpleDateFormat("yyyyMMddHH").format(new Date()) + "01";
    }
}
