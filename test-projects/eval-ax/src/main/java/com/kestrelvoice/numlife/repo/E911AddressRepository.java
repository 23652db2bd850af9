package com.kestrelvoice.numlife.repo;

import com.kestrelvoice.numlife.domain.E911AddressEntity;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface E911AddressRepository extends JpaRepository<E911AddressEntity, Long> {

    Optional<E911AddressEntity> findByDashboardAddressId(String dashboardAddressId);

    Optional<E911AddressEntity> findByCallbackNumber(String callbackNumber);
}
