package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.model.TnDetail;
import io.vertx.core.Future;

/**
 * Single-number lookups on the Dashboard ({@code /tns/{tn}/...}).
 */
@Singleton
public class TnDetailsClient {

    /** One of our own lines, always in service: a cheap liveness probe for the Dashboard. */
    static final String PROBE_PATH = "/tns/7045550100/tndetails";

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final String host;

    @Inject
    public TnDetailsClient(DashboardHttp http, XmlCodec xml, @Named(ConfigKeys.DASHBOARD_HOST) String host) {
        this.http = http;
        this.xml = xml;
        this.host = host;
    }

    public Future<TnDetail> details(String tn) {
        return http.send(http.get(http.baseUrl() + "/tns/" + tn + "/tndetails"))
                .map(body -> xml.read(body, TnDetail.class));
    }

    public Future<Boolean> probe() {
        return http.send(http.get(http.baseUrl() + PROBE_PATH))
                .map(body -> Boolean.TRUE)
                .otherwise(Boolean.FALSE);
    }

    /** NPA-NXX of the number, the key of our rate-center table. */
    public Future<String> exchangeOf(String tn) {
        return details(tn).map(detail -> String.valueOf(detail.getFullNumber()).substring(0, 6));
    }

    public Future<String> lata(String tn) {
        return http.send(http.prepare(http.webClient().get(443, host, "/v1.0/tns/" + tn + "/lata").ssl(true)))
                .map(body -> xml.textOf(body, "Lata"));
    }
}
