package com.kestrelvoice.numlife.repo;

import com.kestrelvoice.numlife.domain.NumberOrderEntity;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NumberOrderRepository extends JpaRepository<NumberOrderEntity, Long> {

    Optional<NumberOrderEntity> findByDashboardOrderId(String dashboardOrderId);

    Optional<NumberOrderEntity> findByCustomerOrderId(String customerOrderId);

    List<NumberOrderEntity> findByStatusIn(List<String> statuses);
}
