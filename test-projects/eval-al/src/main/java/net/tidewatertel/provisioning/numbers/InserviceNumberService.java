package net.tidewatertel.provisioning.numbers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** Reads our in-service inventory back from the Dashboard. */
public class InserviceNumberService {

    private static final int PAGE_SIZE = 500;

    private final DashboardHttpClient http;
    private final DashboardPaths paths;

    public InserviceNumberService(DashboardHttpClient http, DashboardPaths paths) {
        this.http = http;
        this.paths = paths;
    }

    public List<String> listInService(String areaCode) throws IOException {
        StringBuilder path = new StringBuilder(paths.inserviceNumbers());
        path.append("?areacode=").append(areaCode);
        path.append("&size=").append(PAGE_SIZE);
        return fetchAll(path.toString());
    }

    public List<String> listAll() throws IOException {
        return fetchAll(paths.inserviceNumbers() + "?size=" + PAGE_SIZE);
    }

    public List<String> fetchAll(String firstPage) throws IOException {
        List<String> numbers = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            HttpResult page = http.get(next);
            if (!page.isSuccess()) {
                throw new IOException("inserviceNumbers answered " + page.getStatus());
            }
            numbers.addAll(XmlSupport.texts(page.getBody(), "TelephoneNumber"));
            List<String> links = XmlSupport.texts(page.getBody(), "next");
            next = links.isEmpty() ? null : extractHref(links.get(0));
        }
        return numbers;
    }

    /** Groups the in-service numbers by NPA for the monthly capacity report. */
    public Map<String, List<String>> groupByAreaCode(List<String> inService) {
        Map<String, List<String>> byNpa = new TreeMap<>();
        for (String tn : inService) {
            String npa = tn.substring(0, 3);
            byNpa.computeIfAbsent(npa, k -> new ArrayList<>()).add(tn);
        }
        return byNpa;
    }

    /** Highest in-service number per NPA, used to pick the next vanity block. */
    public long highestNumber(List<String> inService) {
        long max = 0;
        for (String tn : inService) {
            max = Math.max(max, Long.parseLong(tn));
        }
        return max;
    }

    private static String extractHref(String link) {
        int start = link.indexOf('<');
        int end = link.indexOf('>');
        return start >= 0 && end > start ? link.substring(start + 1, end) : null;
    }
}
