package net.harbourline.numberdesk.timer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
import net.harbourline.numberdesk.domain.PhoneNumberRepository;
import net.harbourline.numberdesk.service.NumberOrderService;

import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure our own lines (switchboard, NOC, fax) are in service on the Dashboard after a
 * fresh environment was set up. Reads {@code seed/house-numbers.json}.
 */
@Singleton
@Startup
public class HouseNumberProvisioner {

    private static final Logger LOG = Logger.getLogger(HouseNumberProvisioner.class.getName());

    public static class HouseNumber {
        @JsonbProperty("label")
        public String label;
        @JsonbProperty("tn")
        public String tn;
        @JsonbProperty("costCenter")
        public String costCenter;
    }

    public static class Seed {
        @JsonbProperty("customerOrderId")
        public String customerOrderId;
        @JsonbProperty("numbers")
        public List<HouseNumber> numbers;
    }

    @EJB
    NumberOrderService orders;

    @Inject
    PhoneNumberRepository inventory;

    @PostConstruct
    void provision() {
        try (InputStream in = getClass().getResourceAsStream("/seed/house-numbers.json");
             Jsonb jsonb = JsonbBuilder.create()) {
            Seed seed = jsonb.fromJson(in, Seed.class);
            List<String> missing = seed.numbers.stream()
                    .map(n -> n.tn)
                    .filter(tn -> inventory.findByTn(tn).isEmpty())
                    .toList();
            if (!missing.isEmpty()) {
                orders.orderExisting(seed.customerOrderId, missing);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "House numbers not provisioned", e);
        }
    }
}
