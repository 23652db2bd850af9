package com.lumenwave.provisioning.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lumenwave's own sales coverage regions ({@code lumenwave.coverage.*}). Used to decide
 * which regions we market local numbers in; nothing here is sent to Bandwidth.
 */
@ConfigurationProperties(prefix = "lumenwave.coverage")
public record CoverageProperties(List<Region> regions) {

    public record Region(String name, int areaCode, String timeZone) {
    }

    public boolean covers(int areaCode) {
        return regions != null && regions.stream().anyMatch(r -> r.areaCode() == areaCode);
    }
}
