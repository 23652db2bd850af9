package net.tallgrasstel.backoffice.callbacks;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Observable;
import net.tallgrasstel.backoffice.callbacks.DashboardNotificationHandler.NotificationXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Port-in notifications: FOC confirmations and completions. */
public class PortInStatusCallback {

    private static final Logger log = LoggerFactory.getLogger(PortInStatusCallback.class);

    private final XmlMapper xml = new XmlMapper();
    private final CustomerLineStore lines;

    public PortInStatusCallback(CustomerLineStore lines) {
        this.lines = lines;
    }

    public Completable onNotification(String body) {
        return Completable.defer(() -> {
            NotificationXml n = xml.readValue(body, NotificationXml.class);
            if (!"portins".equalsIgnoreCase(n.getOrderType())) {
                return Completable.complete();
            }
            log.info("Port-in {} status {} FOC {}", n.getOrderId(), n.getStatus(), n.getActualFocDate());
            return Observable.fromIterable(n.getCompletedTelephoneNumbers())
                    .filter(tn -> {
                        if (tn.length() != 10) {
                            log.warn("Unexpected number format {} in port-in {}", tn, n.getOrderId());
                            return false;
                        }
                        return true;
                    })
                    .doOnNext(tn -> lines.markPorted(Long.parseLong(tn), n.getActualFocDate()))
                    .ignoreElements();
        });
    }
}
