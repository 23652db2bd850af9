package net.kestrelcable.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.Test;

class DashboardUrisTest {

    private final DashboardUris uris = new DashboardUris(TestFixtures.dashboardProps());

    @Test
    void e911AddressPages() {
        assertThat(uris.e911Addresses(2, 100))
                .hasToString("https://dashboard.bandwidth.com/api/accounts/9900012/addresses?page=2&size=100");
    }

    @Test
    void externalTnsOfOurPeer() {
        assertThat(uris.externalTns("4471", "553128"))
                .hasToString(TestFixtures.DASHBOARD + "/accounts/9900012/sites/4471/sippeers/553128/externalTns");
    }

    @Test
    void inServiceQuery() {
        assertThat(uris.inService("919", 1).getQuery()).isEqualTo("areaCode=919&page=1");
    }

    @Test
    void importOrderHistory() {
        assertThat(uris.importOrderHistory("b7c1e2"))
                .hasToString(TestFixtures.DASHBOARD + "/accounts/9900012/importTnOrders/b7c1e2/history");
    }

    @Test
    void orderLink() {
        assertThat(uris.order("f6e5d4c3")).hasToString(TestFixtures.DASHBOARD + "/accounts/9900012/orders/f6e5d4c3");
    }

    @Test
    void tnOptionOrderLink() {
        assertThat(uris.tnOptionOrder("a1b2")).hasToString(TestFixtures.DASHBOARD + "/accounts/9900012/tnoptions/a1b2");
    }
}
