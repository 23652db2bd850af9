package net.cobaltline.inventory.fraud;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import net.cobaltline.inventory.domain.PhoneNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;

/**
 * Refuses to assign numbers with a bad robocall history to new customers.
 */
@ApplicationScoped
public class FraudScreeningService {

    private static final Logger LOG = Logger.getLogger(FraudScreeningService.class);
    private static final double THRESHOLD = 0.8;

    @ConfigProperty(name = "fraud.iris.tenant")
    String tenant;

    @ConfigProperty(name = "fraud.iris.user")
    String user;

    @ConfigProperty(name = "fraud.iris.password")
    String password;

    private IrisClient iris;

    @PostConstruct
    void init() {
        iris = new IrisClient(tenant, user, password);
    }

    public List<String> clean(List<String> candidates) {
        return candidates.stream().filter(this::acceptable).toList();
    }

    private boolean acceptable(String tn) {
        try {
            double score = iris.score(PhoneNumbers.e164(tn));
            if (score >= THRESHOLD) {
                LOG.infof("Number %s rejected by Iris (score %.2f)", tn, score);
                return false;
            }
            return true;
        } catch (IOException e) {
            LOG.warnf("Iris unavailable, accepting %s: %s", tn, e.getMessage());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
