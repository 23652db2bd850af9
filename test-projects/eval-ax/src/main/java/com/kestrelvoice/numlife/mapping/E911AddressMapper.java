package com.kestrelvoice.numlife.mapping;

import com.kestrelvoice.numlife.domain.E911AddressEntity;
import com.kestrelvoice.numlife.dto.E911AddressDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
public interface E911AddressMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "dashboardAddressId", source = "addressId")
    @Mapping(target = "validatedAt", expression = "java(java.time.Instant.now())")
    E911AddressEntity toEntity(E911AddressDto dto);

    @Mapping(target = "addressId", source = "dashboardAddressId")
    E911AddressDto toDto(E911AddressEntity entity);
}
