package net.harbourline.numberdesk.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.harbourline.numberdesk.util.PhoneFormatter;

/** Customer e-mails about finished orders. */
@ApplicationScoped
public class MailNotifier {

    /** Customer care line printed in every footer. */
    static final String CARE_LINE = "8885550142";

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    public void orderCompleted(String to, String customerName, String tn) throws MessagingException {
        String text = """
                Hello %s,

                your new number %s is now active.
                Questions? Call us at %s (Mon-Fri 8am-6pm ET).

                Harbourline Telecom
                """.formatted(customerName, PhoneFormatter.display(tn), PhoneFormatter.display(CARE_LINE));
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress("no-reply@harbourline.net"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject("Your number is active");
        message.setText(text);
        Transport.send(message);
    }
}
