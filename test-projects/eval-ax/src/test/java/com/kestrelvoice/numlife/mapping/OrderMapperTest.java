package com.kestrelvoice.numlife.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.OrderResponseDto;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class OrderMapperTest {

    private final OrderMapper mapper = Mappers.getMapper(OrderMapper.class);

    @Test
    void areaCodeIsTakenFromTheNumber() {
        OrderResponseDto.CompletedNumber number = new OrderResponseDto.CompletedNumber();
        number.setFullNumber("9194240151");
        number.setRateCenter("RALEIGH");
        number.setState("NC");

        PhoneNumberEntity entity = mapper.toPhoneNumber(number);

        assertThat(entity.getTn()).isEqualTo("9194240151");
        assertThat(entity.getAreaCode()).isEqualTo(919);
        assertThat(entity.getStatus()).isEqualTo(PhoneNumberEntity.Status.ORDERED);
    }
}
