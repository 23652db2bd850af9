package net.tallgrasstel.backoffice.reports;

import io.reactivex.rxjava3.core.Single;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Map;
import net.tallgrasstel.backoffice.common.Templates;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/** Requests report instances from the Dashboard and downloads the finished CSV. */
public class ReportInstanceClient {

    public interface ReportsApi {
        @Headers("Content-Type: application/xml")
        @POST("accounts/{accountId}/reports/{reportId}/instances")
        Single<ResponseBody> create(@Path("accountId") String accountId, @Path("reportId") String reportId,
                                    @Body RequestBody instance);

        @GET("accounts/{accountId}/reports/{reportId}/instances/{instanceId}")
        Single<ResponseBody> status(@Path("accountId") String accountId, @Path("reportId") String reportId,
                                    @Path("instanceId") String instanceId);

        @Streaming
        @GET("accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file")
        Single<ResponseBody> file(@Path("accountId") String accountId, @Path("reportId") String reportId,
                                  @Path("instanceId") String instanceId);
    }

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private static final String INVENTORY_INSTANCE = """
            <Instance>
              <OutputFormat>csv</OutputFormat>
              <Parameters>
                <Parameter>
                  <Name>Account</Name>
                  <Value>%s</Value>
                </Parameter>
              </Parameters>
              <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    /** Disconnect report goes straight to the regulatory filing tool, which wants E.164. */
    private static final String DISCONNECT_INSTANCE = """
            <Instance>
              <OutputFormat>csv</OutputFormat>
              <NumberFormat>E164</NumberFormat>
              <Parameters>
                <Parameter>
                  <Name>Account</Name>
                  <Value>%s</Value>
                </Parameter>
              </Parameters>
              <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private final ReportsApi api;
    private final String accountId;
    private final String siteId;

    public ReportInstanceClient(ReportsApi api, String accountId, String siteId) {
        this.api = api;
        this.accountId = accountId;
        this.siteId = siteId;
    }

    public Single<ResponseBody> requestInventory(String reportId) {
        String body = INVENTORY_INSTANCE.formatted(accountId, LocalDate.now().plusDays(7));
        return api.create(accountId, reportId, RequestBody.create(body, XML));
    }

    public Single<ResponseBody> requestDisconnects(String reportId) {
        String body = DISCONNECT_INSTANCE.formatted(accountId, LocalDate.now().plusDays(7));
        return api.create(accountId, reportId, RequestBody.create(body, XML));
    }

    /** Sub-account inventory, from the template the finance team maintains. */
    public Single<ResponseBody> requestSiteInventory(String reportId) {
        String body = Templates.fill(Templates.load("templates/report-instance.xml"), Map.of(
                "accountId", accountId,
                "siteId", siteId,
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        return api.create(accountId, reportId, RequestBody.create(body, XML));
    }

    public Single<ResponseBody> download(String reportId, String instanceId) {
        return api.file(accountId, reportId, instanceId);
    }

    /** Link put into the finance team's mail when a report is ready. */
    public URI reportLink(String reportId, String instanceId) throws URISyntaxException {
        return new URI("https", "dashboard.bandwidth.com",
                "/v1.0/accounts/" + accountId + "/reports/" + reportId + "/instances/" + instanceId + "/file", null);
    }
}
