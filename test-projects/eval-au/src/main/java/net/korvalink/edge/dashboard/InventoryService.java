package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.model.DashboardResponses;
import net.korvalink.edge.persistence.NumberInventoryMapper;
import net.korvalink.edge.persistence.NumberRecord;

/** In-service inventory as the Dashboard sees it, and reconciliation against our numbers database. */
@Service
public class InventoryService {

    private static final Logger log = LoggerFactory.getLogger(InventoryService.class);

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final NumberInventoryMapper inventory;
    private final XmlMapper xml;

    public InventoryService(DashboardHttpClient dashboard, DashboardProperties props,
            NumberInventoryMapper inventory, XmlMapper xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.inventory = inventory;
        this.xml = xml;
    }

    public List<String> inServiceByAreaCode(String npa) {
        String path = String.format(DashboardEndpoints.INSERVICE_NUMBERS, props.getAccountId())
                + "?areacode=" + npa + "&size=1000";
        return read(dashboard.get(path)).telephoneNumbers;
    }

    public List<String> inServiceForSite(String siteId, String areaCode) {
        String path = "/accounts/%s/sites/%s/inserviceNumbers?areaCode=%s&page=1&size=500"
                .formatted(props.getAccountId(), siteId, areaCode);
        return read(dashboard.get(path)).telephoneNumbers;
    }

    /** Canada goes through the same account; the Toronto desk added the country filter early. */
    public List<String> inServiceInCanada(String areaCode) {
        String path = "/accounts/%s/inserviceNumbers?countryCodeA3=CAN&areaCode=%s&size=1000"
                .formatted(props.getAccountId(), areaCode);
        return read(dashboard.get(path)).telephoneNumbers;
    }

    /** One call for several area codes, e.g. an overlay like 919/984. */
    public List<String> inServiceForAreaCodes(List<String> areaCodes) {
        StringBuilder path = new StringBuilder(
                String.format(DashboardEndpoints.INSERVICE_NUMBERS, props.getAccountId())).append('?');
        for (String areaCode : areaCodes) {
            path.append("areaCode=").append(areaCode).append('&');
        }
        path.append("size=1000");
        return read(dashboard.get(path.toString())).telephoneNumbers;
    }

    /** Numbers the Dashboard has in service but our database does not know. */
    public List<String> unknownToUs(String npa) {
        List<String> unknown = new ArrayList<>();
        for (String tn : inServiceByAreaCode(npa)) {
            NumberRecord record = inventory.findByTn(tn);
            if (record == null) {
                unknown.add(tn);
            }
        }
        log.info("{} numbers in {} are unknown to the inventory database", unknown.size(), npa);
        return unknown;
    }

    /** Sorted numerically so the range report can find gaps. */
    public SortedSet<Long> inServiceSorted(String npa) {
        SortedSet<Long> sorted = new TreeSet<>();
        for (String tn : inServiceByAreaCode(npa)) {
            sorted.add(Long.parseLong(tn));
        }
        return sorted;
    }

    private DashboardResponses.InServiceNumbers read(String body) {
        try {
            return xml.readValue(body, DashboardResponses.InServiceNumbers.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable TNs response", e);
        }
    }
}
