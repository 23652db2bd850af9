package net.tallgrasstel.backoffice.callbacks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Inbound SMS callbacks from Bandwidth messaging (JSON). Customers text STOP/HELP to the
 * porting status number.
 */
public class MessagingCallbackHandler {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MessageEvent(String type, String time, String description, String to, Message message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String id, String from, List<String> to, String text, String applicationId) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final CustomerLineStore lines;
    private final OptOutList optOuts;

    public interface OptOutList {
        void add(String customerId);
    }

    public MessagingCallbackHandler(CustomerLineStore lines, OptOutList optOuts) {
        this.lines = lines;
        this.optOuts = optOuts;
    }

    public void handle(String body) throws IOException {
        for (MessageEvent event : json.readValue(body, MessageEvent[].class)) {
            if (!"message-received".equals(event.type())) {
                continue;
            }
            String from = event.message().from();
            if (from.length() != 12 || !from.startsWith("+1")) {
                continue;
            }
            String billingNumber = from.substring(2);
            Optional<CustomerLineStore.CustomerLine> line = lines.findByNumber(billingNumber);
            if (line.isPresent() && event.message().text().trim().equalsIgnoreCase("STOP")) {
                optOuts.add(line.get().customerId());
            }
        }
    }
}
