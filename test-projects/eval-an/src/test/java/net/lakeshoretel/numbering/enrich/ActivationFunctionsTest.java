package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import net.lakeshoretel.numbering.testutil.CollectingResultFuture;
import net.lakeshoretel.numbering.testutil.RecordingTransport;
import net.lakeshoretel.numbering.testutil.TestSettings;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivationFunctionsTest {

    private static final String NEW_TN = "6165550142";

    private static ActivationEvent newLine() {
        ActivationEvent event = new ActivationEvent("ACT-88123", ActivationEvent.Kind.NEW_LINE, NEW_TN);
        event.setE911AddressId("7781");
        event.setCallForward("6165550199");
        event.setSmsEnabled(true);
        event.setServiceAreaCode(616);
        event.setActivatedAt(1718035200123L);
        return event;
    }

    private static ActivationEvent hosted(ActivationEvent.Kind kind, String customerOrderId) {
        ActivationEvent event = new ActivationEvent("ACT-88124", kind, "2315550177");
        event.setCustomerOrderId(customerOrderId);
        return event;
    }

    @Test
    void looksUpTheE911Address() throws Exception {
        RecordingTransport transport = new RecordingTransport().reply(200, """
                <AddressResponse>
                    <Address>
                        <City>Grand Rapids</City>
                        <StateCode>MI</StateCode>
                        <ValidationStatus>VALID</ValidationStatus>
                    </Address>
                </AddressResponse>
                """);
        E911AsyncFunction function = new E911AsyncFunction(TestSettings.production(), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedActivation> result = new CollectingResultFuture<>();
        function.asyncInvoke(newLine(), result);

        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/7781", transport.lastUrl());
        assertEquals("VALID", result.single().getE911Status());
    }

    @Test
    void countsAvailableNumbersInTheServiceArea() throws Exception {
        RecordingTransport transport = new RecordingTransport()
                .reply(200, """
                        <SearchResultForAvailableNpaNxx>
                            <AvailableNpaNxxList>
                                <AvailableNpaNxx><City>GRAND RAPIDS</City><Npa>616</Npa><Nxx>555</Nxx><Quantity>7</Quantity><State>MI</State></AvailableNpaNxx>
                                <AvailableNpaNxx><City>GRAND RAPIDS</City><Npa>616</Npa><Nxx>556</Nxx><Quantity>3</Quantity><State>MI</State></AvailableNpaNxx>
                            </AvailableNpaNxxList>
                        </SearchResultForAvailableNpaNxx>
                        """)
                .reply(200, "<TNs><TotalCount>1</TotalCount></TNs>");
        CoverageAsyncFunction function = new CoverageAsyncFunction(TestSettings.production(), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedActivation> result = new CollectingResultFuture<>();
        function.asyncInvoke(new EnrichedActivation(newLine()), result);

        assertEquals(10, result.single().getAvailableInRateCenter());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/availableNpaNxx?areaCode=616&quantity=1",
                transport.requests().get(0).url().toString());
    }

    @Test
    void newLinePayloadMatchesFixture() throws Exception {
        String expected = fixture("/fixtures/sippeer-tn-request.xml");
        assertEquals(normalize(expected), normalize(ActivationProvisioningFunction.newLinePayload(newLine())));
    }

    @Test
    void importsHostedMessagingNumbers() throws Exception {
        RecordingTransport transport = new RecordingTransport()
                .created("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/b5a1f4c2");
        HostedMessagingAsyncFunction function = new HostedMessagingAsyncFunction(TestSettings.production(),
                transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedActivation> result = new CollectingResultFuture<>();
        function.asyncInvoke(hosted(ActivationEvent.Kind.HOSTED_SMS, "HM-2024-118"), result);

        assertTrue(transport.lastUrl().endsWith("/importTnOrders"));
        assertEquals("b5a1f4c2", result.single().getDashboardOrderId());
        assertTrue(transport.lastBody().contains("<CustomerOrderId>HM-2024-118</CustomerOrderId>"));
    }

    @Test
    void legacyExternalOrdersStayOnExternalTns() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        HostedMessagingAsyncFunction function = new HostedMessagingAsyncFunction(TestSettings.production(),
                transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedActivation> result = new CollectingResultFuture<>();
        function.asyncInvoke(hosted(ActivationEvent.Kind.HOSTED_SMS_REMOVE, "EXT-2019-0077"), result);

        assertTrue(transport.lastUrl().endsWith("/externalTns"));
        assertTrue(transport.lastBody().contains("<Action>REMOVE</Action>"));
        assertNull(result.single().getError());
    }

    @Test
    void removesHostedMessagingNumbers() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        HostedMessagingAsyncFunction function = new HostedMessagingAsyncFunction(TestSettings.production(),
                transport.asFactory());
        function.open(new Configuration());

        function.asyncInvoke(hosted(ActivationEvent.Kind.HOSTED_SMS_REMOVE, "HM-2024-131"),
                new CollectingResultFuture<>());

        assertEquals("/api/accounts/9900123/removeImportedTnOrders", transport.last().url().encodedPath());
    }

    private static String normalize(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ActivationFunctionsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
