package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.client;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.fixture;

import com.google.api.client.testing.http.MockHttpTransport;
import java.util.List;
import net.larkspurtel.provisioning.model.E911AddressXml;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class E911AddressServiceTest {

    private RecordingTransport transport;
    private E911AddressService service;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        AddressValidator alwaysOk = new AddressValidator(new MockHttpTransport().createRequestFactory(), "test") {
            @Override
            public void requireDeliverable(E911AddressXml address) {
            }
        };
        service = new E911AddressService(client(transport), alwaysOk);
    }

    @Test
    void listsAddressesPageByPage() throws Exception {
        transport.respondWith(fixture("e911-addresses.xml"));

        List<E911AddressXml> addresses = service.list(1);

        assertThat(addresses).hasSize(2);
        assertThat(transport.last().url()).contains("/accounts/9900123/addresses?page=1");
    }

    @Test
    void getsOneAddress() throws Exception {
        transport.respondWith("<Address><AddressId>A-77</AddressId></Address>");

        service.get("A-77");

        assertThat(transport.last().url()).endsWith("/accounts/9900123/addresses/A-77");
    }

    @Test
    void deletesById() throws Exception {
        service.delete("A-78");

        assertThat(transport.last().method()).isEqualTo("DELETE");
        assertThat(transport.last().url())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/A-78");
    }
}
