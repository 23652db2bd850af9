package net.korvalink.edge.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NumberInventoryMapper {

    NumberRecord findByTn(@Param("tn") String tn);

    List<NumberRecord> findActiveByAreaCode(@Param("areaCode") int areaCode);

    List<NumberRecord> findStale();

    int countActive(@Param("tn") String tn);

    void insertPending(@Param("tn") String tn, @Param("orderId") String orderId,
            @Param("customerOrderId") String customerOrderId);

    void markActive(@Param("tn") String tn, @Param("orderId") String orderId);

    void insertDiscrepancy(@Param("tn") String tn, @Param("status") String status, @Param("source") String source);
}
