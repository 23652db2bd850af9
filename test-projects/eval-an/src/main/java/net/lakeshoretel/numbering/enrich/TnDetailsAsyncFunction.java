package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import net.lakeshoretel.numbering.dashboard.model.TnDetailsResponse;
import net.lakeshoretel.numbering.events.EnrichedPortingEvent;
import net.lakeshoretel.numbering.events.PortingEvent;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Adds the rate center, LATA and tier of a porting number, read from the Dashboard's TN details.
 * A 404 means the port has not completed yet: the event goes through without details.
 */
public class TnDetailsAsyncFunction extends DashboardAsyncFunction<PortingEvent, EnrichedPortingEvent> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TnDetailsAsyncFunction.class);

    public TnDetailsAsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void asyncInvoke(PortingEvent event, ResultFuture<EnrichedPortingEvent> resultFuture) {
        transport.execute(get(urls.tnDetails(event.getTelephoneNumber())))
                .whenComplete((reply, error) -> {
                    if (error != null) {
                        resultFuture.complete(List.of(EnrichedPortingEvent.unresolved(event, error.getMessage())));
                    } else if (reply.status() == 404) {
                        resultFuture.complete(List.of(new EnrichedPortingEvent(event)));
                    } else if (!reply.isSuccessful()) {
                        resultFuture.complete(List.of(EnrichedPortingEvent.unresolved(event, "HTTP " + reply.status())));
                    } else {
                        try {
                            resultFuture.complete(List.of(enrich(event, reply.body())));
                        } catch (IOException | RuntimeException e) {
                            LOG.warn("Cannot read TN details of port {}", event.getPortRequestId(), e);
                            resultFuture.complete(List.of(EnrichedPortingEvent.unresolved(event, e.getMessage())));
                        }
                    }
                });
    }

    EnrichedPortingEvent enrich(PortingEvent event, String xml) throws IOException {
        TnDetailsResponse.Details details = DashboardXml.mapper().readValue(xml, TnDetailsResponse.class).getDetails();
        String fullNumber = details.getFullNumber();
        if (fullNumber == null || fullNumber.length() != 10) {
            throw new IOException("unexpected FullNumber " + fullNumber);
        }
        EnrichedPortingEvent enriched = new EnrichedPortingEvent(event);
        String npa = fullNumber.substring(0, 3);
        enriched.setAreaCode(npa);
        enriched.setRateCenter(details.getRateCenter());
        enriched.setState(details.getState());
        enriched.setLata(details.getLata());
        enriched.setVendorName(details.getVendorName());
        boolean home = settings.homeAreaCodes().contains(Integer.parseInt(npa));
        enriched.setTier(home ? "HOME" : details.getTier());
        return enriched;
    }
}
