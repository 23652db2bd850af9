package net.northwind.porting;

import net.northwind.porting.iris.IrisResource;
import net.northwind.porting.iris.Paths;
import net.northwind.porting.iris.QueryStrings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PathsTest {

    @Test
    void accountBaseIsOnTheDashboardHost() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123", Paths.accountBase("9900123"));
    }

    @Test
    void e911Paths() {
        assertEquals("/accounts/9900123/addresses", Paths.e911Addresses("9900123"));
        assertEquals("/accounts/9900123/addresses/A-17", Paths.e911Address("9900123", "A-17"));
        assertEquals("https://api.test.inetwork.com/v1.0/accounts/9900123/addresses",
                Paths.e911AddressesUrl("https://api.test.inetwork.com/v1.0", "9900123"));
    }

    @Test
    void importOrderPaths() {
        assertEquals("/accounts/9900123/importTnOrders/ORD-1/history", Paths.importTnOrderHistory("9900123", "ORD-1"));
        assertEquals("/accounts/9900123/importTnChecker",
                IrisResource.IMPORT_TN_CHECKER.expand("9900123"));
    }

    @Test
    void externalTnsPath() {
        assertEquals("/accounts/9900123/sites/743/sippeers/303716/externalTns",
                Paths.externalTns("9900123", "743", "303716"));
    }

    @Test
    void tnDetailsPathCarriesTheNumber() {
        assertEquals("/tns/9195550147/tndetails", Paths.tnDetails("9195550147"));
    }

    @Test
    void enumRejectsUnboundVariables() {
        assertThrows(IllegalArgumentException.class, () -> IrisResource.SIPPEER_TN.expand("9900123"));
        assertEquals("/accounts/9900123/sites/743/sippeers/303716/tns/+19195550147",
                IrisResource.SIPPEER_TN.expand(Map.of("accountId", "9900123", "siteId", "743",
                        "peerId", "303716", "tn", "+19195550147")));
    }

    @Test
    void npaNxxFilter() {
        assertEquals("?areaCode=919&quantity=10", QueryStrings.npaNxxFilter("919"));
    }

    @Test
    void inserviceFilterRepeatsTheAreaCode() {
        assertEquals("?page=2&size=500&areacode=919&areacode=984",
                QueryStrings.inserviceFilter(List.of("919", "984"), 2));
    }

    @Test
    void v2SearchCarriesTheCountry() {
        assertEquals("USA", QueryStrings.v2AreaCodeSearch("919").get("countryCodeA3"));
        assertEquals("?tn=%2B19195550147", QueryStrings.tnFilter("+19195550147"));
    }
}
