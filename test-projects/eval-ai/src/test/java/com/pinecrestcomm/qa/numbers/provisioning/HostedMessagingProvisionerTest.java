package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.pinecrestcomm.qa.numbers.support.WireMockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class HostedMessagingProvisionerTest {

    private static WireMockServer wm;
    private IrisClient client;
    private HostedMessagingProvisioner provisioner;

    @BeforeAll
    static void startServer() {
        wm = WireMockSupport.start();
    }

    @AfterAll
    static void stopServer() {
        wm.stop();
    }

    @BeforeEach
    void setUp() {
        wm.resetAll();
        client = new IrisClient(wm.baseUrl(), "9900012", "qa", "secret", "api/v2");
        provisioner = new HostedMessagingProvisioner(client, 461, 303716);
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber(number);
        return tn;
    }

    private static Subscriber qaSubscriber() {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("900");
        address.setStreetName("Main Campus Dr");
        address.setCity("Raleigh");
        address.setStateCode("NC");
        address.setZip("27606");
        Subscriber subscriber = new Subscriber();
        subscriber.setFirstName("Dana");
        subscriber.setLastName("Whitfield");
        subscriber.setServiceAddress(address);
        return subscriber;
    }

    @Test
    void rawImportUsesMessagingRoute() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/api/v2/accounts/9900012/importTnOrders/messaging"))
                .willReturn(WireMockSupport.created("/api/v2/accounts/9900012/importTnOrders/messaging/o-1")));

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("qa-hm-raw");
        order.setSubscriber(qaSubscriber());
        order.setTelephoneNumberList(List.of(tn("+19195550147")));
        provisioner.importNumbersV2(order);

        wm.verify(postRequestedFor(urlPathEqualTo("/api/v2/accounts/9900012/importTnOrders/messaging")));
    }

    @Test
    void sdkImportIgnoresMessagingRoute() throws Exception {
        wm.stubFor(post(anyUrl()).willReturn(WireMockSupport.okXml("<ImportTnOrderResponse/>")));

        provisioner.importNumbers("qa-hm-sdk", qaSubscriber(), List.of(tn("9195550147"), tn("9195550148")));

        wm.verify(postRequestedFor(urlPathEqualTo("/api/v2/accounts/9900012/importTnOrders")));
    }

    @Test
    void listsOpenOrdersDirectly() throws Exception {
        wm.stubFor(get(anyUrl()).willReturn(WireMockSupport.okXml("<ImportTnOrders><TotalCount>0</TotalCount></ImportTnOrders>")));

        ImportTnOrders imports = ImportTnOrder.List(client, Map.of("status", "COMPLETE"));
        RemoveImportedTnOrders removals = RemoveImportedTnOrder.List(client, Map.of());

        assertThat(imports.getTotalCount()).isZero();
        assertThat(removals).isNotNull();
    }
}
