package com.cascadia.numprov.iris;

import com.cascadia.numprov.domain.NpaNxxBlock;
import com.cascadia.numprov.domain.ServiceRegion;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds orderable numbers for the self-service DID shop. */
public class AvailableNumberSearch {

    private final IrisHttp http;

    public AvailableNumberSearch(IrisHttp http) {
        this.http = http;
    }

    public List<String> search(ServiceRegion region, int quantity) {
        Map<String, String> query = Map.of(
                "areaCode", String.valueOf(region.areaCode()),
                "quantity", String.valueOf(quantity),
                "enableTNDetail", "false");
        String url = IrisUriBuilder.from(http.baseUrl())
                .account(http.accountId())
                .segment("availableNumbers")
                .queryParams(query)
                .toString();
        return XmlSupport.texts(http.get(url), "TelephoneNumber");
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) {
        String url = IrisUriBuilder.from(http.baseUrl())
                .account(http.accountId())
                .segment("availableNumbers")
                .queryParam("rateCenter", rateCenter)
                .queryParam("state", state)
                .queryParam("quantity", quantity)
                .toString();
        return XmlSupport.texts(http.get(url), "TelephoneNumber");
    }

    public List<NpaNxxBlock> npaNxx(String areaCode, ServiceRegion region) {
        String url = IrisUriBuilder.from(http.baseUrl())
                .account(http.accountId())
                .segment("availableNpaNxx")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", 5)
                .toString();
        List<NpaNxxBlock> blocks = new ArrayList<>();
        for (Element e : XmlSupport.elements(http.get(url), "AvailableNpaNxx")) {
            int blockAreaCode = Integer.parseInt(XmlSupport.childText(e, "Npa"));
            if (blockAreaCode != region.areaCode()) {
                continue;
            }
            blocks.add(new NpaNxxBlock(blockAreaCode,
                    XmlSupport.childText(e, "Nxx"),
                    Integer.parseInt(XmlSupport.childText(e, "Quantity")),
                    XmlSupport.childText(e, "City"),
                    XmlSupport.childText(e, "State")));
        }
        return blocks;
    }
}
