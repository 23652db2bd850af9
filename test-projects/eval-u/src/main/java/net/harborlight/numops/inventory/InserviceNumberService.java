package net.harborlight.numops.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.stereotype.Service;

/**
 * In-service numbers through the SDK, used by the API layer (the batch snapshot uses Unirest).
 */
@Service
public class InserviceNumberService {

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public InserviceNumberService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public List<String> inService(String npa, int page) throws Exception {
        TNss result = InserviceNumber.list(irisClient, Map.of("areaCode", npa, "page", page, "size", 500));
        return result.getTelephoneNumbers();
    }

    public int count(String npa) throws Exception {
        TNss result = InserviceNumber.list(irisClient,
                Map.of("countryCodeA3", props.getCountryCodeA3(), "areaCode", npa, "size", 1));
        return result.getTotalCount();
    }

    /** Numbers sorted numerically, as the sales portal shows them. */
    public List<Long> sortedNumbers(String npa) throws Exception {
        List<Long> sorted = new ArrayList<>();
        for (String tn : inService(npa, 1)) {
            sorted.add(Long.parseLong(tn));
        }
        sorted.sort(Long::compare);
        return sorted;
    }
}
