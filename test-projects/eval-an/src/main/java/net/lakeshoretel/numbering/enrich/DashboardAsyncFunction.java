package net.lakeshoretel.numbering.enrich;

import net.lakeshoretel.numbering.config.DashboardConstants;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardUrls;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

/** Common plumbing of the async functions that call the Dashboard. */
public abstract class DashboardAsyncFunction<IN, OUT> extends RichAsyncFunction<IN, OUT> {

    private static final long serialVersionUID = 1L;
    protected static final MediaType XML = MediaType.get(DashboardConstants.XML_MEDIA_TYPE);

    protected final JobSettings settings;
    private final DashboardTransport.Factory transportFactory;

    protected transient DashboardTransport transport;
    protected transient DashboardUrls urls;

    protected DashboardAsyncFunction(JobSettings settings, DashboardTransport.Factory transportFactory) {
        this.settings = settings;
        this.transportFactory = transportFactory;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        transport = transportFactory.create(settings);
        urls = new DashboardUrls(settings);
    }

    @Override
    public void close() throws Exception {
        if (transport != null) {
            transport.close();
        }
    }

    protected static Request get(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/xml").get().build();
    }

    protected static Request post(HttpUrl url, String xml) {
        return new Request.Builder().url(url).post(RequestBody.create(xml, XML)).build();
    }

    protected static Request put(HttpUrl url, String xml) {
        return new Request.Builder().url(url).put(RequestBody.create(xml, XML)).build();
    }
}
