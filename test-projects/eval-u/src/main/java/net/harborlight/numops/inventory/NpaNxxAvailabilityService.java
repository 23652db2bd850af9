package net.harborlight.numops.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import org.springframework.stereotype.Service;

/**
 * Which exchanges (NPA-NXX) still have numbers, for the "pick your prefix" page.
 */
@Service
public class NpaNxxAvailabilityService {

    public record Exchange(int npa, String nxx, String city, int quantity) {
    }

    private static final int TOLL_FREE_LOW = 800;
    private static final int TOLL_FREE_HIGH = 899;

    private final IrisClient irisClient;

    public NpaNxxAvailabilityService(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    public List<Exchange> exchanges(String areaCode, int minimumQuantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", minimumQuantity);

        List<Exchange> result = new ArrayList<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(irisClient, query)) {
            int npa = Integer.parseInt(block.getNpa());
            if (npa >= TOLL_FREE_LOW && npa <= TOLL_FREE_HIGH) {
                continue;
            }
            if (block.getQuantity() >= minimumQuantity) {
                result.add(new Exchange(npa, block.getNxx(), block.getCity(), block.getQuantity()));
            }
        }
        return result;
    }
}
