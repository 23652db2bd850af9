package org.harborline.provisioning.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;

import org.junit.Test;

public class IrisHttpClientTest {

    private static final String ACCOUNT = "9900123";
    private static final String TN = "9195550142";

    @Test
    public void tnDetailsUrlUsesSdkStylePath() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/tns/" + TN,
                IrisHttpClient.tnDetailsUrl(ACCOUNT, TN));
    }

    @Test
    public void availableNumbersCarriesAreaCode() throws Exception {
        URI uri = IrisHttpClient.availableNumbersUri(ACCOUNT, "919", 5);
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/availableNumbers?areaCode=919&quantity=5",
                uri.toString());
    }

    @Test
    public void e911UrlPointsAtAddresses() {
        assertTrue(IrisHttpClient.e911AddressesUrl(ACCOUNT).endsWith("/accounts/9900123/addresses"));
    }

    @Test
    public void v2InserviceSendsCountry() throws Exception {
        URI uri = IrisHttpClient.inserviceUriV2(ACCOUNT, "919");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/inserviceNumbers?countryCodeA3=USA&areaCode=919",
                uri.toString());
    }
}
