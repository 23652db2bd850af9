package net.prairiewave.numbering.ops.iris;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Pages the numbering on-call rotation when a sync job keeps failing. */
public class IncidentNotifier {

    private static final Logger LOG = Logger.getLogger(IncidentNotifier.class.getName());
    private final IrisClient iris;

    public IncidentNotifier(String user, String key) {
        this.iris = new IrisClient("numbering", user, key);
    }

    public void syncFailing(String job, int consecutiveFailures) {
        try {
            iris.page(job + " failed " + consecutiveFailures + " times in a row", consecutiveFailures > 3 ? "high" : "low");
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not page on-call about " + job, e);
        }
    }
}
