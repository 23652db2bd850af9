package net.kestrelwave.provisioning.rpc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class HandlerRegistry {

    public static final String SEARCH_NUMBERS = "/kestrelwave.provisioning.v1.NumberService/SearchNumbers";
    public static final String ORDER_NUMBERS = "/kestrelwave.provisioning.v1.NumberService/OrderNumbers";
    public static final String UPSERT_E911_ADDRESS = "/kestrelwave.provisioning.v1.E911Service/UpsertAddress";
    public static final String HOST_MESSAGING = "/kestrelwave.provisioning.v1.HostedMessagingService/Import";
    public static final String TOGGLE_SMS = "/kestrelwave.provisioning.v1.MessagingFeatureService/ToggleSms";

    private final Map<String, RpcHandler<?, ?>> handlers = new ConcurrentHashMap<>();
    private final Map<String, Duration> deadlines = new ConcurrentHashMap<>();

    public HandlerRegistry register(RpcHandler<?, ?> handler) {
        RpcHandler<?, ?> previous = handlers.putIfAbsent(handler.fullMethodName(), handler);
        if (previous != null) {
            throw new IllegalStateException("duplicate handler for " + handler.fullMethodName());
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public <Q, R> RpcHandler<Q, R> lookup(String fullMethodName) {
        RpcHandler<?, ?> handler = handlers.get(fullMethodName);
        if (handler == null) {
            throw new RpcException(RpcStatus.NOT_FOUND, "unknown method " + fullMethodName);
        }
        return (RpcHandler<Q, R>) handler;
    }

    public Duration deadline(String fullMethodName) {
        return deadlines.getOrDefault(fullMethodName, Duration.ofSeconds(30));
    }

    /** Reads grpc/services.json, which ops keep in sync with the Envoy route table. */
    public void loadDeadlines(ObjectMapper mapper) throws IOException {
        try (InputStream in = HandlerRegistry.class.getResourceAsStream("/grpc/services.json")) {
            if (in == null) {
                return;
            }
            List<Map<String, Object>> services = mapper.readValue(in, new TypeReference<>() { });
            for (Map<String, Object> service : services) {
                String method = (String) service.get("method");
                Number seconds = (Number) service.getOrDefault("deadlineSeconds", 30);
                deadlines.put(method, Duration.ofSeconds(seconds.longValue()));
            }
        }
    }
}
