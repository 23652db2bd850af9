package net.harbourline.numberdesk.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PhoneNumberRepository {

    @PersistenceContext(unitName = "numberdesk")
    EntityManager em;

    public Optional<PhoneNumber> findByTn(String tn) {
        return Optional.ofNullable(em.find(PhoneNumber.class, tn));
    }

    public List<PhoneNumber> byAreaCode(int areaCode) {
        return em.createNamedQuery("PhoneNumber.byAreaCode", PhoneNumber.class)
                .setParameter("areaCode", areaCode)
                .getResultList();
    }

    @Transactional
    public PhoneNumber save(PhoneNumber number) {
        return em.merge(number);
    }

    @Transactional
    public void markPortedIn(String tn, String areaCode, String billingTn) {
        PhoneNumber number = findByTn(tn).orElseGet(() -> new PhoneNumber(tn));
        number.setAreaCode(Integer.parseInt(areaCode));
        number.setBillingTn(billingTn);
        number.setStatus(PhoneNumber.Status.PORTED_IN);
        em.merge(number);
    }

    @Transactional
    public void markDisconnected(String tn) {
        findByTn(tn).ifPresent(n -> n.setStatus(PhoneNumber.Status.DISCONNECTED));
    }
}
