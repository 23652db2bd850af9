package com.kestrelvoice.numlife.repo;

import com.kestrelvoice.numlife.domain.CallbackEventEntity;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallbackEventRepository extends JpaRepository<CallbackEventEntity, Long> {

    List<CallbackEventEntity> findByOrderId(String orderId);
}
