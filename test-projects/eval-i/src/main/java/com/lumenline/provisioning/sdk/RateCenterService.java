package com.lumenline.provisioning.sdk;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

import org.springframework.stereotype.Service;

/**
 * Picks the NPA-NXX block to order from, preferring the lowest NPA (the old overlay) when a
 * metro area has several.
 */
@Service
public class RateCenterService {

    /** Overlay area codes whose blocks we never order from (carrier restrictions). */
    private static final List<Integer> BLOCKED_NPAS = List.of(664, 670, 671);

    private final IrisNumberSearchService searchService;

    public RateCenterService(IrisNumberSearchService searchService) {
        this.searchService = searchService;
    }

    public Optional<AvailableNpaNxx> bestBlock(String areaCode) throws Exception {
        List<AvailableNpaNxx> blocks = searchService.npaNxxBlocks(areaCode);
        return blocks.stream()
                .filter(b -> !BLOCKED_NPAS.contains(Integer.parseInt(b.getNpa())))
                .filter(b -> b.getQuantity() > 0)
                .min(Comparator.comparingInt(b -> Integer.parseInt(b.getNpa())));
    }
}
