package com.kestrelvoice.numlife.mapping;

import com.kestrelvoice.numlife.domain.CallbackEventEntity;
import com.kestrelvoice.numlife.dto.NotificationPayload;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
public interface CallbackMapper {

    default List<CallbackEventEntity> toEvents(NotificationPayload payload) {
        return payload.getCompletedTelephoneNumbers().stream()
                .map(tn -> toEvent(payload, tn))
                .toList();
    }

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "subscriptionId", source = "payload.subscriptionId")
    @Mapping(target = "orderId", source = "payload.orderId")
    @Mapping(target = "orderType", source = "payload.orderType")
    @Mapping(target = "status", source = "payload.status")
    @Mapping(target = "telephoneNumber", source = "tn")
    @Mapping(target = "receivedAt", expression = "java(java.time.Instant.now())")
    CallbackEventEntity toEvent(NotificationPayload payload, String tn);

    default Long toNumber(String tn) {
        return tn == null ? null : Long.parseLong(tn);
    }
}
