package net.halyardcomm.backoffice.iris;

import com.bandwidth.iris.sdk.IrisClient;

/** An SDK lookup by id; lets the pollers share retry code. */
@FunctionalInterface
public interface SdkCall<T> {

    T call(IrisClient client, String id) throws Exception;

    static <T> T withRetry(SdkCall<T> call, IrisClient client, String id, int attempts) throws Exception {
        Exception last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return call.call(client, id);
            } catch (Exception e) {
                last = e;
                Thread.sleep(500L * (i + 1));
            }
        }
        throw last;
    }
}
