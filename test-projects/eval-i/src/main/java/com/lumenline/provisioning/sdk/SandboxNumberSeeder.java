package com.lumenline.provisioning.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.lumenline.provisioning.config.DashboardProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sandbox profile only: makes sure the QA numbers exist on the Dashboard test account so the
 * end-to-end suite has something to port and release.
 */
@Component
@Profile("sandbox")
public class SandboxNumberSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SandboxNumberSeeder.class);

    /** QA numbers reserved for us by the Bandwidth sandbox team (ticket BW-55812). */
    static final List<String> QA_NUMBERS = List.of(
            "9192900101",
            "19842550177");

    private final IrisClient sandboxClient;
    private final DashboardProperties props;

    public SandboxNumberSeeder(@Qualifier("sandboxIrisClient") IrisClient sandboxClient, DashboardProperties props) {
        this.sandboxClient = sandboxClient;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(QA_NUMBERS);
        Order order = new Order();
        order.setName("QA seed");
        order.setSiteId(props.defaultSiteId());
        order.setCustomerOrderId("QA-SEED-1234567890");
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(sandboxClient, order);
        log.info("Seeded sandbox numbers (e.g. 9192900101), order {} is {}",
                response.getOrder().getid(), response.getOrderStatus());
    }
}
