package net.harbourline.numberdesk.timer;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.harbourline.numberdesk.domain.ImportOrderRecord;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The Dashboard sends no callback for hosted-messaging orders on our account, so we poll. */
@Singleton
public class ImportOrderPollTimer {

    private static final Logger LOG = Logger.getLogger(ImportOrderPollTimer.class.getName());

    @Inject
    IrisClient iris;

    @PersistenceContext(unitName = "numberdesk")
    EntityManager em;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void poll() {
        for (ImportOrderRecord record : em.createQuery(
                "select o from ImportOrderRecord o where o.status not in ('COMPLETE', 'FAILED')", ImportOrderRecord.class)
                .getResultList()) {
            try {
                String status = switch (record.getKind()) {
                    case IMPORT -> ImportTnOrder.Get(iris, record.getOrderId()).getProcessingStatus();
                    case REMOVE -> RemoveImportedTnOrder.Get(iris, record.getOrderId()).getProcessingStatus();
                };
                if (!status.equals(record.getStatus())) {
                    record.setStatus(status);
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Cannot poll order " + record.getOrderId(), e);
            }
        }
    }
}
