package net.tidewatertel.numbering.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NumberOrderRepository extends JpaRepository<NumberOrder, String> {

    Optional<NumberOrder> findByCustomerOrderId(String customerOrderId);

    List<NumberOrder> findByOrderTypeAndStatus(String orderType, String status);
}
