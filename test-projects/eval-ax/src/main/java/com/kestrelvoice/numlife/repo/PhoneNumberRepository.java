package com.kestrelvoice.numlife.repo;

import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhoneNumberRepository extends JpaRepository<PhoneNumberEntity, Long> {

    Optional<PhoneNumberEntity> findByTn(String tn);

    List<PhoneNumberEntity> findByTnIn(Collection<String> tns);

    List<PhoneNumberEntity> findByStatus(PhoneNumberEntity.Status status);

    List<PhoneNumberEntity> findByAreaCode(Integer areaCode);

    @Query("select p.tn from PhoneNumberEntity p where p.status = com.kestrelvoice.numlife.domain.PhoneNumberEntity.Status.IN_SERVICE")
    List<String> findAllInServiceTns();
}
