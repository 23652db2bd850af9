package net.tidewatertel.numbering.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhoneNumberRepository extends JpaRepository<PhoneNumber, Long> {

    Optional<PhoneNumber> findByTn(String tn);

    List<PhoneNumber> findByAreaCodeOrderByTn(int areaCode);

    List<PhoneNumber> findByStatus(NumberStatus status);

    @Query("select p.tn from PhoneNumber p where p.areaCode = :areaCode and p.status = 'IN_SERVICE'")
    List<String> inServiceTns(int areaCode);

    long countByCustomerAccount(String customerAccount);
}
