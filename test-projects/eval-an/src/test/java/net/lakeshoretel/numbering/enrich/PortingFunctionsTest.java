package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.events.EnrichedPortingEvent;
import net.lakeshoretel.numbering.events.PortingEvent;
import net.lakeshoretel.numbering.testutil.CollectingResultFuture;
import net.lakeshoretel.numbering.testutil.RecordingTransport;
import net.lakeshoretel.numbering.testutil.TestSettings;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortingFunctionsTest {

    private static final String TN = "6165550142";

    private static PortingEvent submitted() {
        PortingEvent event = new PortingEvent("PR-20240611-0042", TN, "4105550188", "SUBMITTED");
        event.setRequestedFocEpochSec(1718668800L);
        return event;
    }

    @Test
    void readsTnDetails() throws Exception {
        RecordingTransport transport = new RecordingTransport().reply(200, fixture("/fixtures/tn-details.xml"));
        TnDetailsAsyncFunction function = new TnDetailsAsyncFunction(TestSettings.production(), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedPortingEvent> result = new CollectingResultFuture<>();
        function.asyncInvoke(submitted(), result);

        EnrichedPortingEvent enriched = result.single();
        assertEquals("https://dashboard.bandwidth.com/api/tns/6165550142/tndetails", transport.lastUrl());
        assertEquals("GRANDRAPDS", enriched.getRateCenter());
        assertEquals("616", enriched.getAreaCode());
        assertEquals("HOME", enriched.getTier());
        assertNull(enriched.getError());
    }

    @Test
    void portNotCompletedYetPassesThrough() throws Exception {
        RecordingTransport transport = new RecordingTransport().reply(404, "");
        TnDetailsAsyncFunction function = new TnDetailsAsyncFunction(TestSettings.production(), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedPortingEvent> result = new CollectingResultFuture<>();
        function.asyncInvoke(submitted(), result);

        assertNull(result.single().getRateCenter());
        assertNull(result.single().getError());
    }

    @Test
    void portableNumber() throws Exception {
        RecordingTransport transport = new RecordingTransport().reply(200, """
                <NumberPortabilityResponse>
                    <PortableNumbers>
                        <Tn>6165550142</Tn>
                    </PortableNumbers>
                    <PortType>AUTOMATED</PortType>
                </NumberPortabilityResponse>
                """);
        PortabilityAsyncFunction function = new PortabilityAsyncFunction(TestSettings.production(), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedPortingEvent> result = new CollectingResultFuture<>();
        function.asyncInvoke(submitted(), result);

        assertTrue(result.single().isPortable());
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/lnpchecker?fullCheck=true",
                transport.requests().get(0).url().toString());
    }

    @Test
    void notPortableAsksForReplacements() throws Exception {
        RecordingTransport transport = new RecordingTransport()
                .reply(200, "<NumberPortabilityResponse><PortableNumbers/></NumberPortabilityResponse>")
                .reply(200, """
                        <SearchResult>
                            <ResultCount>2</ResultCount>
                            <TelephoneNumberList>
                                <TelephoneNumber>6165550181</TelephoneNumber>
                                <TelephoneNumber>6165550182</TelephoneNumber>
                            </TelephoneNumberList>
                        </SearchResult>
                        """);
        PortabilityAsyncFunction function = new PortabilityAsyncFunction(
                TestSettings.with(Map.of("dashboard.host", "https://dashboard.bandwidth.com")), transport.asFactory());
        function.open(new Configuration());

        CollectingResultFuture<EnrichedPortingEvent> result = new CollectingResultFuture<>();
        function.asyncInvoke(submitted(), result);

        assertFalse(result.single().isPortable());
        assertEquals(2, transport.requests().size());
        assertTrue(transport.lastUrl().contains("/availableNumbers?"));
    }

    @Test
    void staging() {
        assertNotNull(TestSettings.staging().dashboardBaseUrl());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PortingFunctionsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
