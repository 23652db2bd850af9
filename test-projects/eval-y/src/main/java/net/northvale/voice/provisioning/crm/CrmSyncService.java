package net.northvale.voice.provisioning.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.persistence.PhoneNumberEntity;
import net.northvale.voice.provisioning.service.NumberFormats;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes a note on the customer's CRM record whenever a line changes state. */
@ApplicationScoped
public class CrmSyncService {

    private static final Logger LOG = Logger.getLogger(CrmSyncService.class.getName());

    @Inject
    @ConfigProperty(name = "crm.tenant-id", defaultValue = "northvale")
    String tenantId;

    @Inject
    @ConfigProperty(name = "crm.user", defaultValue = "svc-tnprov")
    String user;

    @Inject
    @ConfigProperty(name = "crm.password")
    String password;

    private IrisClient crm;

    private synchronized IrisClient crm() {
        if (crm == null) {
            crm = new IrisClient(tenantId, user, password);
        }
        return crm;
    }

    public void lineActivated(PhoneNumberEntity line) {
        note(line.getBillingAccount(), "Voice line " + NumberFormats.pretty(line.getTn()) + " activated.");
    }

    public void lineDisconnected(PhoneNumberEntity line) {
        note(line.getBillingAccount(), "Voice line " + NumberFormats.pretty(line.getTn()) + " disconnected.");
    }

    private void note(String billingAccount, String text) {
        try {
            crm().addNote(billingAccount, text);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "CRM note failed for " + billingAccount, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
