package net.lakeshoretel.numbering.enrich;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import okhttp3.HttpUrl;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Checks that the E911 address an activation points at exists on the account and is validated.
 * Activations without a valid E911 address are held back by the downstream filter.
 */
public class E911AsyncFunction extends DashboardAsyncFunction<ActivationEvent, EnrichedActivation> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(E911AsyncFunction.class);

    public E911AsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void asyncInvoke(ActivationEvent event, ResultFuture<EnrichedActivation> resultFuture) {
        if (event.getE911AddressId() == null) {
            resultFuture.complete(List.of(EnrichedActivation.failed(event, "no E911 address")));
            return;
        }
        String path = String.format("/accounts/%s/addresses/%s", settings.accountId(), event.getE911AddressId());
        LOG.debug("E911 lookup GET https://dashboard.bandwidth.com/api/accounts/{}/addresses/{}",
                settings.accountId(), event.getE911AddressId());
        transport.execute(get(HttpUrl.get(settings.dashboardBaseUrl() + path)))
                .whenComplete((reply, error) -> {
                    if (error != null) {
                        resultFuture.complete(List.of(EnrichedActivation.failed(event, error.getMessage())));
                        return;
                    }
                    EnrichedActivation enriched = new EnrichedActivation(event);
                    if (reply.status() == 404) {
                        enriched.setE911Status("MISSING");
                    } else {
                        try {
                            AddressResponse address = DashboardXml.mapper().readValue(reply.body(), AddressResponse.class);
                            enriched.setE911Status(address.address.validationStatus);
                            enriched.setE911City(address.address.city);
                        } catch (IOException e) {
                            enriched.setE911Status("UNREADABLE");
                        }
                    }
                    resultFuture.complete(List.of(enriched));
                });
    }

    /** All E911 addresses of the account, for the nightly consistency check. */
    public HttpUrl allAddressesUrl() {
        return HttpUrl.get(settings.dashboardBaseUrl() + "/accounts/" + settings.accountId() + "/addresses");
    }

    static class AddressResponse {
        @JacksonXmlProperty(localName = "Address")
        Address address;
    }

    static class Address {
        @JacksonXmlProperty(localName = "City")
        String city;
        @JacksonXmlProperty(localName = "StateCode")
        String stateCode;
        @JacksonXmlProperty(localName = "ValidationStatus")
        String validationStatus;
    }
}
