package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Search helpers of the porting desk CLI.
 */
public class IrisNumberSearch {

  private static final String AREA_CODE = "areaCode";

  private final IrisClient client;

  public IrisNumberSearch(IrisClient client) {
    this.client = client;
  }

  @SuppressWarnings("unchecked")
  public List<String> available(String areaCode, int quantity) throws Exception {
    Map<String, Object> query = new HashMap<>();
    query.put("areaCode", areaCode);
    query.put("quantity", quantity);
    return (List<String>) AvailableNumbers.search(client, query);
  }

  @SuppressWarnings("unchecked")
  public List<String> availableInCity(String city, String state) throws Exception {
    Map<String, Object> query = new HashMap<>();
    query.put("city", city);
    query.put("state", state);
    query.put("quantity", 25);
    return (List<String>) AvailableNumbers.search(client, query);
  }

  public List<String> inService(String areaCode) throws Exception {
    TNss page = InserviceNumber.list(client, Map.of(AREA_CODE, areaCode, "size", 500));
    return page.getTelephoneNumbers().stream()
        .filter(tn -> tn.startsWith(areaCode))
        .toList();
  }

  public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
    Map<String, Object> query = new HashMap<>();
    query.put(AREA_CODE, areaCode);
    List<AvailableNpaNxx> found = AvailableNpaNxx.list(client, query);
    found.sort(Comparator.comparingInt(n -> Integer.parseInt(n.getNpa())));
    return found;
  }

  /** Already scoped to the US, as the v2 search expects. */
  public List<AvailableNpaNxx> exchangesUs(String areaCode) throws Exception {
    return AvailableNpaNxx.list(client, Map.of("countryCodeA3", "USA", AREA_CODE, areaCode));
  }
}
