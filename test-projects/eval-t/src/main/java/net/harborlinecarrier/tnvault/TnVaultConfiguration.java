package net.harborlinecarrier.tnvault;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.client.JerseyClientConfiguration;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import net.harborlinecarrier.tnvault.config.BulkImportConfiguration;
import net.harborlinecarrier.tnvault.config.CallbackConfiguration;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.harborlinecarrier.tnvault.config.PartnerApisConfiguration;

/**
 * Root of config.yml. Every nested block has its own class in {@code config}.
 */
public class TnVaultConfiguration extends Configuration {

    @Valid
    @NotNull
    private DashboardConfiguration dashboard = new DashboardConfiguration();

    @Valid
    @NotNull
    private CallbackConfiguration callbacks = new CallbackConfiguration();

    @Valid
    @NotNull
    private BulkImportConfiguration bulkImport = new BulkImportConfiguration();

    @Valid
    @NotNull
    private PartnerApisConfiguration partnerApis = new PartnerApisConfiguration();

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    private JerseyClientConfiguration jerseyClient = new JerseyClientConfiguration();

    @NotNull
    private Duration orderPollInterval = Duration.minutes(2);

    @JsonProperty("dashboard")
    public DashboardConfiguration getDashboard() {
        return dashboard;
    }

    @JsonProperty("dashboard")
    public void setDashboard(DashboardConfiguration dashboard) {
        this.dashboard = dashboard;
    }

    @JsonProperty("callbacks")
    public CallbackConfiguration getCallbacks() {
        return callbacks;
    }

    @JsonProperty("callbacks")
    public void setCallbacks(CallbackConfiguration callbacks) {
        this.callbacks = callbacks;
    }

    @JsonProperty("bulkImport")
    public BulkImportConfiguration getBulkImport() {
        return bulkImport;
    }

    @JsonProperty("bulkImport")
    public void setBulkImport(BulkImportConfiguration bulkImport) {
        this.bulkImport = bulkImport;
    }

    @JsonProperty("partnerApis")
    public PartnerApisConfiguration getPartnerApis() {
        return partnerApis;
    }

    @JsonProperty("partnerApis")
    public void setPartnerApis(PartnerApisConfiguration partnerApis) {
        this.partnerApis = partnerApis;
    }

    @JsonProperty("database")
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty("database")
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty("jerseyClient")
    public JerseyClientConfiguration getJerseyClient() {
        return jerseyClient;
    }

    @JsonProperty("jerseyClient")
    public void setJerseyClient(JerseyClientConfiguration jerseyClient) {
        this.jerseyClient = jerseyClient;
    }

    @JsonProperty("orderPollInterval")
    public Duration getOrderPollInterval() {
        return orderPollInterval;
    }

    @JsonProperty("orderPollInterval")
    public void setOrderPollInterval(Duration orderPollInterval) {
        this.orderPollInterval = orderPollInterval;
    }
}
