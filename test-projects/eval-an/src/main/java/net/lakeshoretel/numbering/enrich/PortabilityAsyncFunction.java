package net.lakeshoretel.numbering.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import net.lakeshoretel.numbering.events.EnrichedPortingEvent;
import net.lakeshoretel.numbering.events.PortingEvent;
import okhttp3.HttpUrl;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the Dashboard's LNP checker for a port request. When the number cannot be ported, looks up
 * a few replacement numbers in the same area code so the retail desk can offer them.
 */
public class PortabilityAsyncFunction extends DashboardAsyncFunction<PortingEvent, EnrichedPortingEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PortabilityAsyncFunction.class);
    private static final int SUGGESTIONS = 3;

    public PortabilityAsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void asyncInvoke(PortingEvent event, ResultFuture<EnrichedPortingEvent> resultFuture) {
        StringBuilder url = new StringBuilder(settings.dashboardHost())
                .append("/v1.0/accounts/")
                .append(settings.accountId())
                .append("/lnpchecker?fullCheck=true");
        String body = "<NumberPortabilityRequest><TnList><Tn>" + event.getTelephoneNumber()
                + "</Tn></TnList></NumberPortabilityRequest>";

        transport.execute(post(HttpUrl.get(url.toString()), body))
                .thenCompose(reply -> {
                    EnrichedPortingEvent enriched = new EnrichedPortingEvent(event);
                    enriched.setPortable(isPortable(reply, event.getTelephoneNumber()));
                    if (enriched.isPortable()) {
                        return CompletableFuture.completedFuture(enriched);
                    }
                    return suggestReplacements(event).thenApply(numbers -> {
                        LOG.info("Port {} not portable, offering {}", event.getPortRequestId(), numbers);
                        return enriched;
                    });
                })
                .whenComplete((enriched, error) -> {
                    if (error != null) {
                        resultFuture.complete(List.of(EnrichedPortingEvent.unresolved(event, error.getMessage())));
                    } else {
                        resultFuture.complete(List.of(enriched));
                    }
                });
    }

    private static boolean isPortable(DashboardTransport.Reply reply, String tn) {
        if (!reply.isSuccessful()) {
            return false;
        }
        try {
            LnpCheckerResponse response = DashboardXml.mapper().readValue(reply.body(), LnpCheckerResponse.class);
            return response.portableNumbers.stream().map(String::valueOf).anyMatch(tn::equals);
        } catch (IOException e) {
            LOG.warn("Unreadable LNP checker response", e);
            return false;
        }
    }

    private CompletableFuture<List<String>> suggestReplacements(PortingEvent event) {
        String url = settings.dashboardBaseUrl() + "/accounts/" + settings.accountId()
                + "/availableNumbers?areaCode=" + event.npa() + "&quantity=" + SUGGESTIONS;
        return transport.execute(get(HttpUrl.get(url))).thenApply(reply -> {
            List<String> numbers = new ArrayList<>();
            try {
                JsonNode list = DashboardXml.mapper().readTree(reply.body()).path("TelephoneNumberList");
                for (JsonNode tn : list.path("TelephoneNumber")) {
                    if (tn.asText().matches("\\d{10}")) {
                        numbers.add(tn.asText());
                    }
                }
            } catch (IOException e) {
                LOG.debug("No suggestions for {}", event.getPortRequestId(), e);
            }
            return numbers;
        });
    }

    /** Response of the LNP checker. */
    @JacksonXmlRootElement(localName = "NumberPortabilityResponse")
    static class LnpCheckerResponse {

        @JacksonXmlElementWrapper(localName = "PortableNumbers")
        @JacksonXmlProperty(localName = "Tn")
        List<Long> portableNumbers = new ArrayList<>();

        @JacksonXmlProperty(localName = "PortType")
        String portType;
    }
}
