package net.kestrelcable.provisioning.legacy;

import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;

import org.apache.commons.configuration.XMLConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One-off: copies the hosted messaging imports of the Tidewater accounts into our tables.
 * Run with {@code --spring.profiles.active=backfill}.
 */
@Component
@Profile("backfill")
public class PortingBackfillRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PortingBackfillRunner.class);

    private final JdbcTemplate jdbc;

    public PortingBackfillRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        XMLConfiguration config = new XMLConfiguration("iris-legacy.xml");
        IrisClient tidewater = new IrisClient(config.getString("uri"), config.getString("accountId"),
                config.getString("username"), config.getString("password"), config.getString("version"));
        copy("tidewater", tidewater);

        if (args.containsOption("include-coastal")) {
            IrisClient coastal = new IrisClient("https://api.inetwork.com", args.getOptionValues("coastal-account").get(0),
                    config.getString("username"), config.getString("password"), "v1.0");
            copy("coastal", coastal);
        }
    }

    private void copy(String source, IrisClient client) throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("status", "COMPLETE", "size", 1000));
        int copied = 0;
        for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
            copied += jdbc.update("""
                    MERGE INTO hosted_messaging_order (order_id, customer_id, status, tn_count)
                    KEY (order_id) VALUES (?, ?, ?, ?)
                    """, summary.getOrderId(), source + ":" + summary.getUserId(), summary.getOrderStatus(),
                    summary.getCountOfTNs());
        }
        log.info("Backfilled {} import orders from {}", copied, source);
    }
}
