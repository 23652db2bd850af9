package org.harborline.archive;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client for Harborline's internal "Iris" document archive (contracts, invoices, LOAs).
 * Unrelated to Bandwidth's Iris API; the name predates our Bandwidth contract.
 */
public class IrisClient {

    private final String bucket;
    private final String user;
    private final Map<String, byte[]> localCache = new ConcurrentHashMap<>();

    public IrisClient(String bucket, String user, String password) {
        this.bucket = bucket;
        this.user = user;
    }

    public String store(String key, byte[] content) {
        localCache.put(key, content);
        return "iris://" + bucket + "/" + key + "?by=" + user;
    }
}
