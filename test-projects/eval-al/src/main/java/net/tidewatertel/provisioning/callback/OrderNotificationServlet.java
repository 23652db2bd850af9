package net.tidewatertel.provisioning.callback;

import java.io.IOException;
import java.util.regex.Pattern;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;

import net.tidewatertel.provisioning.callback.PendingOrderRegistry.PendingOrder;

/**
 * Receives the Dashboard's order notifications (see SubscriptionService) and
 * closes the matching service orders.
 */
public class OrderNotificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(OrderNotificationServlet.class);

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private transient PendingOrderRegistry registry;
    private transient JAXBContext jaxb;

    @Override
    public void init() throws ServletException {
        registry = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
                .getBean(PendingOrderRegistry.class);
        try {
            jaxb = JAXBContext.newInstance(Notification.class);
        } catch (JAXBException e) {
            throw new ServletException(e);
        }
    }

    void setRegistry(PendingOrderRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Notification notification;
        try {
            if (jaxb == null) {
                jaxb = JAXBContext.newInstance(Notification.class);
            }
            notification = (Notification) jaxb.createUnmarshaller().unmarshal(req.getInputStream());
        } catch (JAXBException e) {
            LOG.error("Unreadable notification from the Dashboard", e);
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        handle(notification);
        resp.setStatus(HttpServletResponse.SC_OK);
    }

    void handle(Notification notification) {
        LOG.info("Notification {} for {} order {}: {}", notification.getSubscriptionId(),
                notification.getOrderType(), notification.getOrderId(), notification.getStatus());
        if (!"COMPLETE".equals(notification.getStatus())) {
            return;
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                LOG.warn("Skipping malformed number {} in order {}", tn, notification.getOrderId());
                continue;
            }
            PendingOrder pending = registry.complete(tn);
            if (pending == null) {
                LOG.warn("No pending service order for {}", tn);
                continue;
            }
            if ("portins".equals(notification.getOrderType())) {
                String npa = tn.substring(0, 3);
                LOG.info("Port-in of {} complete, routing to the {} provisioning queue", tn, npa);
            }
            LOG.info("Service order {} of account {} complete", pending.getServiceOrderNumber(), pending.getCustomerAccount());
        }
    }
}
