package com.kestrelvoice.numlife.mapping;

import com.kestrelvoice.numlife.domain.NumberOrderEntity;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.OrderResponseDto;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

@Mapper(componentModel = "spring")
public interface OrderMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "dashboardOrderId", source = "order.id")
    @Mapping(target = "customerOrderId", source = "order.customerOrderId")
    @Mapping(target = "orderType", constant = "new_number")
    @Mapping(target = "status", source = "orderStatus")
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "completedAt", ignore = true)
    NumberOrderEntity toEntity(OrderResponseDto response);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "dashboardOrderId", ignore = true)
    @Mapping(target = "customerOrderId", ignore = true)
    @Mapping(target = "orderType", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "completedAt", ignore = true)
    @Mapping(target = "status", source = "orderStatus")
    void updateStatus(OrderResponseDto response, @MappingTarget NumberOrderEntity entity);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tn", source = "fullNumber")
    @Mapping(target = "areaCode", source = "fullNumber", qualifiedByName = "areaCodeOf")
    @Mapping(target = "status", constant = "ORDERED")
    @Mapping(target = "dashboardOrderId", ignore = true)
    @Mapping(target = "customerAccount", ignore = true)
    @Mapping(target = "smsEnabled", ignore = true)
    @Mapping(target = "activatedAt", ignore = true)
    PhoneNumberEntity toPhoneNumber(OrderResponseDto.CompletedNumber number);

    List<PhoneNumberEntity> toPhoneNumbers(List<OrderResponseDto.CompletedNumber> numbers);

    @Named("areaCodeOf")
    default Integer areaCodeOf(String fullNumber) {
        if (fullNumber == null || fullNumber.isBlank()) {
            return null;
        }
        String npa = fullNumber.substring(0, 3);
        return Integer.valueOf(npa);
    }
}
