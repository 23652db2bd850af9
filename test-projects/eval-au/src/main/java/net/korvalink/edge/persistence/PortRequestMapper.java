package net.korvalink.edge.persistence;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PortRequestMapper {

    /** A port-in we filed; pon is our Purchase Order Number. */
    record PortRequestRecord(String pon, String orderId, String billingTelephoneNumber, String status,
            LocalDate requestedFoc, LocalDate actualFoc) {
    }

    List<PortRequestRecord> findOpen();

    void updateStatus(@Param("orderId") String orderId, @Param("status") String status,
            @Param("actualFoc") String actualFoc);

    void markBtnPorted(@Param("btn") String btn);
}
