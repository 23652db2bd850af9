package net.northvale.voice.provisioning.service;

import com.bandwidth.iris.sdk.model.OrderResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.northvale.voice.provisioning.api.dto.NumberAssignment;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;
import net.northvale.voice.provisioning.dashboard.NumberSearchClient;
import net.northvale.voice.provisioning.persistence.NumberStatus;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.persistence.PhoneNumberRepository;
import net.northvale.voice.provisioning.persistence.Subscription;
import net.northvale.voice.provisioning.sdk.IrisOrderGateway;
import net.northvale.voice.provisioning.sdk.IrisSearchGateway;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/** Activation of new residential lines: pick a number, order it, record it. */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IrisSearchGateway sdkSearch;
    private NumberSearchClient restSearch;
    private IrisOrderGateway orders;
    private PhoneNumberRepository numbers;

    protected ProvisioningService() {
    }

    @Inject
    public ProvisioningService(IrisSearchGateway sdkSearch, NumberSearchClient restSearch,
                               IrisOrderGateway orders, PhoneNumberRepository numbers) {
        this.sdkSearch = sdkSearch;
        this.restSearch = restSearch;
        this.orders = orders;
        this.numbers = numbers;
    }

    @Transactional
    public NumberAssignment activate(String billingAccount, String areaCode) throws Exception {
        if (!NumberFormats.isBillingAccount(billingAccount)) {
            throw new IllegalArgumentException("bad billing account " + billingAccount);
        }
        List<String> candidates = sdkSearch.searchAvailable(areaCode, 3);
        if (candidates.isEmpty()) {
            candidates = restSearch.availableInAreaCode(areaCode, 3);
        }
        String tn = candidates.stream()
                .filter(c -> c.length() == 10)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no numbers left in " + areaCode));

        String customerOrderId = ProvisioningDefaults.ORDER_ID_PREFIX + billingAccount + "-" + SEQUENCE.incrementAndGet();
        OrderResponse response = orders.orderExisting(customerOrderId, List.of(tn));
        LOG.info(() -> "ordered " + tn + " for " + billingAccount + ": " + response.getOrderStatus());

        PhoneNumberEntity entity = new PhoneNumberEntity();
        entity.setTn(tn);
        entity.setAreaCode(Integer.parseInt(areaCode));
        entity.setBillingAccount(billingAccount);
        entity.setStatus(NumberStatus.ORDERED);
        entity.setDashboardOrderId(response.getOrder() == null ? null : response.getOrder().getid());
        numbers.save(entity);

        Subscription plan = new Subscription();
        plan.setBillingAccount(billingAccount);
        plan.setPlanCode("RES-VOICE");
        plan.setTnId(entity.getId());
        plan.setStartsOn(LocalDate.now());
        numbers.saveSubscription(plan);
        return new NumberAssignment(tn, areaCode, billingAccount, NumberStatus.ORDERED.name());
    }

    /** Lines per area code for the capacity report. */
    public int activeLines(String areaCode) {
        return numbers.active(Integer.parseInt(areaCode)).size();
    }
}
