package net.lakeshoretel.numbering.callback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import net.lakeshoretel.numbering.dashboard.DashboardXml;
import net.lakeshoretel.numbering.dashboard.model.Notification;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Our webhook relay (hooks.lakeshoretel.net) puts every Dashboard callback on the
 * {@code dashboard.callbacks} topic as a JSON envelope holding the raw XML body. This turns the
 * envelopes back into notifications and drops what is not one.
 */
public class NotificationParser implements FlatMapFunction<NotificationParser.Envelope, Notification> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationParser.class);
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("[0-9]{10}");

    @Override
    public void flatMap(Envelope envelope, Collector<Notification> out) {
        if (envelope.body() == null || !envelope.body().contains("<Notification")) {
            LOG.debug("Skipping non-notification callback from {}", envelope.remoteAddr());
            return;
        }
        try {
            out.collect(parse(envelope.body()));
        } catch (IOException e) {
            LOG.warn("Unparseable callback received at {}", envelope.receivedAt(), e);
        }
    }

    public Notification parse(String xml) throws IOException {
        Notification notification = DashboardXml.mapper().readValue(xml, Notification.class);
        List<String> odd = notification.getCompletedTelephoneNumbers().stream()
                .filter(tn -> !NATIONAL_NUMBER.matcher(tn).matches())
                .toList();
        if (!odd.isEmpty()) {
            LOG.warn("Order {} completed numbers in an unexpected format: {}", notification.getOrderId(), odd);
        }
        return notification;
    }

    /** What the relay publishes. {@code receivedAt} is epoch millis. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Envelope(long receivedAt, String remoteAddr, String contentType, String body) implements Serializable {
    }
}
