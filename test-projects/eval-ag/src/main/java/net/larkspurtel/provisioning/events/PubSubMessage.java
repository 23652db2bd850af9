package net.larkspurtel.provisioning.events;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Pub/Sub push envelope delivered to background functions. */
public class PubSubMessage {

    public String data;
    public Map<String, String> attributes;
    public String messageId;
    public String publishTime;

    private static final Gson GSON = new Gson();

    public String decodedData() {
        return data == null ? "" : new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
    }

    public <T> T payload(Class<T> type) {
        return GSON.fromJson(decodedData(), type);
    }

    public String attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }
}
