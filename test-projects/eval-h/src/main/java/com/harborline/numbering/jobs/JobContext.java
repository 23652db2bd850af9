package com.harborline.numbering.jobs;

import com.harborline.numbering.config.BackOfficeProperties;
import com.harborline.numbering.config.IrisClientFactory;
import com.harborline.numbering.http.DashboardHttpClient;
import com.harborline.numbering.repository.MarketQuotaRepository;
import com.harborline.numbering.repository.OrderTrackingRepository;
import com.harborline.numbering.repository.TelephoneNumberRepository;
import java.time.Clock;
import javax.sql.DataSource;

/** What a job gets to work with. Built once by the scheduler and shared by all jobs. */
public class JobContext {

    private final BackOfficeProperties props;
    private final DashboardHttpClient dashboard;
    private final IrisClientFactory irisClients;
    private final TelephoneNumberRepository numbers;
    private final OrderTrackingRepository orders;
    private final MarketQuotaRepository markets;
    private final Clock clock;

    public JobContext(BackOfficeProperties props, DashboardHttpClient dashboard, IrisClientFactory irisClients,
                      DataSource dataSource, Clock clock) {
        this.props = props;
        this.dashboard = dashboard;
        this.irisClients = irisClients;
        this.numbers = new TelephoneNumberRepository(dataSource);
        this.orders = new OrderTrackingRepository(dataSource);
        this.markets = new MarketQuotaRepository(dataSource);
        this.clock = clock;
    }

    public BackOfficeProperties props() {
        return props;
    }

    public DashboardHttpClient dashboard() {
        return dashboard;
    }

    public IrisClientFactory irisClients() {
        return irisClients;
    }

    public TelephoneNumberRepository numbers() {
        return numbers;
    }

    public OrderTrackingRepository orders() {
        return orders;
    }

    public MarketQuotaRepository markets() {
        return markets;
    }

    public Clock clock() {
        return clock;
    }

    public String accountId() {
        return props.accountId();
    }
}
