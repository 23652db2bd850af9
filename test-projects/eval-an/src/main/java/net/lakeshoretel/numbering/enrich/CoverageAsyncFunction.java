package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import net.lakeshoretel.numbering.dashboard.model.AvailableNpaNxxResponse;
import net.lakeshoretel.numbering.dashboard.model.InserviceNumbersResponse;
import net.lakeshoretel.numbering.events.ActivationEvent;
import net.lakeshoretel.numbering.events.EnrichedActivation;
import okhttp3.HttpUrl;
import org.apache.flink.streaming.api.functions.async.ResultFuture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * For new lines: how many numbers are still available in the subscriber's area code, and how many
 * we already have in service there. Capacity planning reads both from the enriched stream.
 */
public class CoverageAsyncFunction extends DashboardAsyncFunction<EnrichedActivation, EnrichedActivation> {

    private static final long serialVersionUID = 1L;

    public CoverageAsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        super(settings, transportFactory);
    }

    @Override
    public void asyncInvoke(EnrichedActivation activation, ResultFuture<EnrichedActivation> resultFuture) {
        ActivationEvent event = activation.getEvent();
        if (event.getKind() != ActivationEvent.Kind.NEW_LINE) {
            resultFuture.complete(List.of(activation));
            return;
        }
        String npa = event.getTn().substring(0, 3);

        HttpUrl npaNxxUrl = HttpUrl.get(settings.dashboardBaseUrl()).newBuilder()
                .addPathSegments("accounts/" + settings.accountId() + "/availableNpaNxx")
                .addQueryParameter("areaCode", npa)
                .addQueryParameter("quantity", "1")
                .build();
        HttpUrl inserviceUrl = urls.account("inserviceNumbers").newBuilder()
                .addQueryParameter("areacode", npa)
                .addQueryParameter("size", "1")
                .build();

        CompletableFuture<Integer> available = transport.execute(get(npaNxxUrl))
                .thenApply(reply -> countAvailable(reply.body(), event.getServiceAreaCode()));
        CompletableFuture<Integer> inService = transport.execute(get(inserviceUrl))
                .thenApply(reply -> read(reply.body(), InserviceNumbersResponse.class).getTotalCount());

        available.thenCombine(inService, (free, used) -> {
            activation.setAvailableInRateCenter(free);
            return activation;
        }).whenComplete((result, error) -> {
            if (error != null) {
                resultFuture.completeExceptionally(error);
            } else {
                resultFuture.complete(List.of(result));
            }
        });
    }

    int countAvailable(String xml, int serviceAreaCode) {
        int available = 0;
        for (AvailableNpaNxxResponse.Entry entry : read(xml, AvailableNpaNxxResponse.class).getEntries()) {
            if (entry.getNpa() == serviceAreaCode) {
                available += entry.getQuantity();
            }
        }
        return available;
    }

    boolean isHomeArea(AvailableNpaNxxResponse.Entry entry) {
        return settings.homeAreaCodes().contains(entry.getNpa());
    }

    private static <T> T read(String xml, Class<T> type) {
        try {
            return DashboardXml.mapper().readValue(xml, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
