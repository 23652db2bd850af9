package net.kestreltel.portdesk.callbacks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;

import java.io.IOException;
import java.util.List;

/**
 * Delivery receipts from the Bandwidth Messaging API (not the Dashboard) for the
 * "your number has been ported" SMS we send to customers.
 */
public class MessagingCallbackHandler {

    public static class MessageCallback {
        public String type;
        public String time;
        public String description;
        public String to;
        @Json(name = "message")
        public Message message;
    }

    public static class Message {
        public String id;
        public String owner;
        public String applicationId;
        public List<String> to;
        public String from;
        public String text;
    }

    private final JsonAdapter<List<MessageCallback>> adapter = new Moshi.Builder().build()
            .adapter(Types.newParameterizedType(List.class, MessageCallback.class));

    public List<MessageCallback> parse(String json) throws IOException {
        return adapter.fromJson(json);
    }

    public String customerAreaCode(MessageCallback cb) {
        // messaging callbacks are E.164: +1NPANXXXXXX
        return cb.to.substring(2, 5);
    }

    public boolean delivered(MessageCallback cb) {
        return "message-delivered".equals(cb.type);
    }
}
