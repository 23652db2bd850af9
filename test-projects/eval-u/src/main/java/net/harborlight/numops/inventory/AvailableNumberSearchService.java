package net.harborlight.numops.inventory;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Number search for the sales portal.
 */
@Service
public class AvailableNumberSearchService {

    private static final Pattern DASHBOARD_TN = Pattern.compile("^[2-9]\\d{9}$");

    private final IrisClient irisClient;
    private final DashboardProperties props;
    private final RestClient http;

    public AvailableNumberSearchService(IrisClient irisClient, DashboardProperties props, RestClient.Builder builder) {
        this.irisClient = irisClient;
        this.props = props;
        this.http = builder.build();
    }

    public List<String> search(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<?> result = AvailableNumbers.search(irisClient, query);
        return result.stream()
                .map(String::valueOf)
                .filter(tn -> DASHBOARD_TN.matcher(tn).matches())
                .toList();
    }

    public List<?> searchInCountry(String countryCodeA3, String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(irisClient, query);
    }

    /** Plain-HTTP search used when the SDK's JAXB mapping chokes on the detail block. */
    public String searchRaw(String areaCode, int quantity) {
        String url = MessageFormat.format("{0}/accounts/{1}/availableNumbers?areaCode={2}&quantity={3}",
                props.getBaseUrl(), props.getAccountId(), areaCode, String.valueOf(quantity));
        return http.get().uri(url).retrieve().body(String.class);
    }
}
