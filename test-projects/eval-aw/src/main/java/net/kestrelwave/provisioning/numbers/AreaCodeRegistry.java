package net.kestrelwave.provisioning.numbers;

import java.util.Map;
import java.util.Optional;

/**
 * Our sales markets. Sales quotes by market, so this is the team's own data, not the Dashboard's.
 */
public final class AreaCodeRegistry {

    public record Market(String name, int areaCode, String timeZone) {
    }

    private static final Map<Integer, Market> MARKETS = Map.of(
            919, new Market("Raleigh-Durham", 919, "America/New_York"),
            984, new Market("Raleigh-Durham overlay", 984, "America/New_York"),
            704, new Market("Charlotte", 704, "America/New_York"),
            615, new Market("Nashville", 615, "America/Chicago"),
            512, new Market("Austin", 512, "America/Chicago"));

    public static final int DEFAULT_AREA_CODE = 919;

    private AreaCodeRegistry() {
    }

    public static Optional<Market> market(int areaCode) {
        return Optional.ofNullable(MARKETS.get(areaCode));
    }

    public static boolean isServed(String areaCode) {
        try {
            return MARKETS.containsKey(Integer.parseInt(areaCode));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
