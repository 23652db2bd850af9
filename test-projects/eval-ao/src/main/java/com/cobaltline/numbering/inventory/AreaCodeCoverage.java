package com.cobaltline.numbering.inventory;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.NpaNxxResult;

/** Which area codes we can still serve from stock; feeds the sales coverage map. */
public class AreaCodeCoverage {

    private final DashboardSettings settings;

    public AreaCodeCoverage(DashboardSettings settings) {
        this.settings = settings;
    }

    public NpaNxxResult blocks(String areaCode) {
        return WebClient.create(settings.getBaseUrl(), settings.getUsername(), settings.getPassword(), null)
                .path("accounts/{accountId}/availableNpaNxx", settings.getAccountId())
                .query("areaCode", areaCode)
                .accept("application/xml")
                .get(NpaNxxResult.class);
    }

    public List<NpaNxxResult.Block> geographic(String areaCode) {
        return blocks(areaCode).getBlocks().stream()
                .filter(b -> b.getNpa() < 800 || b.getNpa() > 899)
                .collect(Collectors.toList());
    }

    public int spareNumbers(String areaCode) {
        return blocks(areaCode).getBlocks().stream().mapToInt(NpaNxxResult.Block::getQuantity).sum();
    }
}
