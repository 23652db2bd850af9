package com.kestrelvoice.numlife.web;

import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * What the customer portal shows for a number from our inventory.
 */
@Mapper(componentModel = "spring")
public interface NumberViewMapper {

    record NumberView(String tn, String display, String region, String status) {
    }

    @Mapping(target = "display", source = "tn", qualifiedByName = "display")
    @Mapping(target = "region", source = "tn", qualifiedByName = "region")
    NumberView toView(PhoneNumberEntity entity);

    List<NumberView> toViews(List<PhoneNumberEntity> entities);

    @org.mapstruct.Named("display")
    default String display(String tn) {
        if (tn == null || tn.length() != 10) {
            return tn;
        }
        return tn.substring(0, 3) + "." + tn.substring(3, 6) + "." + tn.substring(6);
    }

    @org.mapstruct.Named("region")
    default String region(String tn) {
        return tn == null ? null : "NPA " + tn.substring(0, 3);
    }
}
