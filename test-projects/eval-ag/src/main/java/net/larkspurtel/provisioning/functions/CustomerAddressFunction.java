package net.larkspurtel.provisioning.functions;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Billing addresses of a customer, proxied from the account service for the portal:
 * {@code GET /api/customers/{customerId}/addresses}. Not E911 and not the Dashboard.
 */
public class CustomerAddressFunction implements HttpFunction {

    private static final Pattern ROUTE = Pattern.compile("^/api/customers/([A-Z]-\\d+)/addresses$");
    private static final String ACCOUNT_SERVICE = "https://accounts.larkspurtel.net/api/customers/";

    private final HttpRequestFactory requestFactory = new NetHttpTransport().createRequestFactory();

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        Matcher m = ROUTE.matcher(request.getPath());
        if (!m.matches()) {
            HttpJson.error(response, 404, "unknown route");
            return;
        }
        GenericUrl upstream = new GenericUrl(ACCOUNT_SERVICE + m.group(1) + "/addresses");
        upstream.set("type", "billing");
        String json = requestFactory.buildGetRequest(upstream).execute().parseAsString();
        response.setContentType("application/json");
        response.getWriter().write(json);
    }
}
