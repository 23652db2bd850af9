package io.kestrelvoice.numbering.callbacks.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kestrel.callbacks.*}: how the Dashboard reaches us and which order types we subscribe to.
 */
@ConfigurationProperties(prefix = "kestrel.callbacks")
public record CallbackProperties(
        String publicUrl,
        String username,
        String password,
        long expiry,
        List<String> orderTypes,
        String nocMailbox) {

    public CallbackProperties {
        orderTypes = orderTypes == null ? List.of("orders") : List.copyOf(orderTypes);
    }
}
