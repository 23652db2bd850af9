package net.harborlight.numops.e911;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.crm.CrmClient.CrmAddress;
import net.harborlight.numops.crm.CrmClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Nightly: makes sure every CRM service address has an E911 address on the Dashboard.
 * New addresses are first validated with the street-address API.
 */
@Component
public class E911AddressSyncTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(E911AddressSyncTasklet.class);
    private static final Pattern ADDRESS_ID = Pattern.compile("<AddressId>([^<]+)</AddressId>");
    private static final String STREET_API = "https://us-street.api.smarty.com/street-address";

    private final RestClient dashboard;
    private final RestClient http;
    private final E911AddressClient e911;
    private final CrmClient crm;
    private final DashboardProperties props;
    private final String smartyAuthId;

    public E911AddressSyncTasklet(@Qualifier("dashboard") RestClient dashboard, RestClient.Builder builder,
                                  E911AddressClient e911, CrmClient crm, DashboardProperties props,
                                  @Value("${numops.smarty.auth-id:}") String smartyAuthId) {
        this.dashboard = dashboard;
        this.http = builder.build();
        this.e911 = e911;
        this.crm = crm;
        this.props = props;
        this.smartyAuthId = smartyAuthId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        URI uri = UriComponentsBuilder.fromHttpUrl(props.getBaseUrl())
                .pathSegment("accounts", props.getAccountId(), "addresses")
                .queryParam("page", 1)
                .queryParam("size", 1000)
                .build()
                .toUri();
        log.info("Syncing E911 addresses from https://dashboard.bandwidth.com/api/accounts/{}/addresses", props.getAccountId());
        String xml = dashboard.get().uri(uri).retrieve().body(String.class);
        Set<String> known = addressIds(xml);

        int created = 0;
        for (CrmAddress address : crm.addresses(props.getAccountId())) {
            if (address.dashboardAddressId() != null && known.contains(address.dashboardAddressId())) {
                continue;
            }
            if (!deliverable(address)) {
                log.warn("CRM address {} is not deliverable, skipping: {}", address.id(), address.oneLine());
                continue;
            }
            String response = e911.create(address);
            addressIds(response).stream().findFirst()
                    .ifPresent(id -> crm.linkDashboardAddress(props.getAccountId(), address.id(), id));
            created++;
        }
        contribution.incrementWriteCount(created);
        return RepeatStatus.FINISHED;
    }

    private boolean deliverable(CrmAddress address) {
        URI check = UriComponentsBuilder.fromHttpUrl(STREET_API)
                .queryParam("auth-id", smartyAuthId)
                .queryParam("street", address.houseNumber() + " " + address.streetName())
                .queryParam("city", address.city())
                .queryParam("state", address.stateCode())
                .queryParam("zipcode", address.zip())
                .build()
                .toUri();
        String body = http.get().uri(check).retrieve().body(String.class);
        return body != null && !body.isBlank() && !"[]".equals(body.trim());
    }

    static Set<String> addressIds(String xml) {
        Set<String> ids = new HashSet<>();
        if (xml == null) {
            return ids;
        }
        Matcher m = ADDRESS_ID.matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
