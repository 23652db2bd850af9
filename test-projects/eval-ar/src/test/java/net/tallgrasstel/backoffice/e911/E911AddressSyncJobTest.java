package net.tallgrasstel.backoffice.e911;

import static org.junit.jupiter.api.Assertions.assertEquals;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class E911AddressSyncJobTest {

    private final E911AddressSyncJob job =
            new E911AddressSyncJob(new OkHttpClient(), "https://dashboard.bandwidth.com/", "9900778");

    @Test
    void detailPathIncludesAccount() {
        assertEquals("/api/accounts/9900778/addresses/A-20417", job.addressDetailPath("A-20417"));
    }

    @Test
    void pagesAreOneBased() {
        assertEquals("1", job.addressesUrl(1).queryParameter("page"));
        assertEquals("1000", job.addressesUrl(1).queryParameter("size"));
    }

    @Test
    void zip3IsRegion() {
        var address = new net.tallgrasstel.backoffice.e911.model.E911Address();
        address.setZip("66214");
        assertEquals("662", E911AddressService.zip3(address));
    }
}
