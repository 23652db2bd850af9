package com.bluepinenet.cdrpipeline.billing;

import java.math.BigDecimal;
import java.util.Map;

/** Per-minute rates of the wholesale plans, keyed by the originating NPA. */
public class RateDeck {

    private static final BigDecimal DEFAULT_RATE = new BigDecimal("0.0120");

    private final Map<Integer, BigDecimal> ratesByNpa;

    public RateDeck(Map<Integer, BigDecimal> ratesByNpa) {
        this.ratesByNpa = Map.copyOf(ratesByNpa);
    }

    public static RateDeck carolinas() {
        return new RateDeck(Map.of(
                919, new BigDecimal("0.0085"),
                984, new BigDecimal("0.0085"),
                252, new BigDecimal("0.0095"),
                336, new BigDecimal("0.0095"),
                704, new BigDecimal("0.0090"),
                803, new BigDecimal("0.0110")));
    }

    public BigDecimal perMinute(int originNpa) {
        return ratesByNpa.getOrDefault(originNpa, DEFAULT_RATE);
    }

    public BigDecimal perMinute(String npa) {
        int areaCode = Integer.parseInt(npa);
        return perMinute(areaCode);
    }
}
