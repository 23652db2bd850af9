package net.lakeshoretel.numbering.dashboard;

import net.lakeshoretel.numbering.config.JobSettings;
import okhttp3.Request;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one request to the Dashboard. The OkHttp implementation is used in the job; tests hand the
 * functions a recording stub instead.
 */
public interface DashboardTransport extends AutoCloseable {

    CompletableFuture<Reply> execute(Request request);

    @Override
    default void close() {
    }

    /** Status, body and Location header of a Dashboard response. */
    record Reply(int status, String body, String location) {

        public boolean isSuccessful() {
            return status >= 200 && status < 300;
        }

        /** Last path segment of the Location header: the id of what the Dashboard just created. */
        public String createdId() {
            if (location == null) {
                return null;
            }
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Creates the transport inside {@code open()}, so the functions themselves stay serializable. */
    @FunctionalInterface
    interface Factory extends Serializable {

        DashboardTransport create(JobSettings settings);

        static Factory okHttp() {
            return OkHttpDashboardTransport::new;
        }
    }
}
