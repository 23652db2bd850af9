package net.kestreltel.portdesk.callbacks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Serialises port events to JSON and hands them to the transport (Kafka in production). */
public class PortEventPublisher {

    private final JsonAdapter<PortEvent> adapter = new Moshi.Builder().build().adapter(PortEvent.class);
    private final List<Consumer<String>> sinks = new ArrayList<>();

    public void register(Consumer<String> sink) {
        sinks.add(sink);
    }

    public void publish(PortEvent event) {
        if (event.areaCode == null && event.tn != null && event.tn.length() >= 3) {
            event.areaCode = event.tn.substring(0, 3);
        }
        String json = adapter.toJson(event);
        for (Consumer<String> sink : sinks) {
            sink.accept(json);
        }
    }

    public List<Consumer<String>> sinks() {
        return Collections.unmodifiableList(sinks);
    }

    /** Internal event published on the port-events topic (JSON via Moshi). */
    public static class PortEvent {
        public String type;
        public String tn;
        public String customerId;
        public String orderId;
        public String sipUri;
        public String areaCode;
        public long emittedAt;

        public PortEvent() {
        }

        public PortEvent(String type, String tn, String customerId, String orderId, String sipUri) {
            this.type = type;
            this.tn = tn;
            this.customerId = customerId;
            this.orderId = orderId;
            this.sipUri = sipUri;
            this.emittedAt = System.currentTimeMillis() / 1000;
        }
    }
}
