package net.northvale.voice.provisioning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Store of our numbers, keyed by the 10-digit national number. */
@ApplicationScoped
@Transactional
public class PhoneNumberRepository {

    @PersistenceContext(unitName = "tnprov")
    EntityManager em;

    public Optional<PhoneNumberEntity> findByTn(String tn) {
        return em.createQuery("select p from PhoneNumberEntity p where p.tn = :tn", PhoneNumberEntity.class)
                .setParameter("tn", tn)
                .getResultStream()
                .findFirst();
    }

    public List<PhoneNumberEntity> active(int areaCode) {
        return em.createNamedQuery(PhoneNumberEntity.BY_AREA_CODE, PhoneNumberEntity.class)
                .setParameter("areaCode", areaCode)
                .setParameter("status", NumberStatus.ACTIVE)
                .getResultList();
    }

    public List<PhoneNumberEntity> byBillingAccount(String billingAccount) {
        return em.createQuery("select p from PhoneNumberEntity p where p.billingAccount = :acct", PhoneNumberEntity.class)
                .setParameter("acct", billingAccount)
                .getResultList();
    }

    public PhoneNumberEntity save(PhoneNumberEntity entity) {
        if (entity.getId() == null) {
            em.persist(entity);
            return entity;
        }
        return em.merge(entity);
    }

    public void saveSubscription(Subscription subscription) {
        em.persist(subscription);
    }

    public void saveArea(AreaCodeEntity area) {
        em.merge(area);
    }

    public Optional<AreaCodeEntity> area(int npa) {
        return Optional.ofNullable(em.find(AreaCodeEntity.class, npa));
    }

    public long countByStatus(NumberStatus status) {
        return em.createQuery("select count(p) from PhoneNumberEntity p where p.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }
}
