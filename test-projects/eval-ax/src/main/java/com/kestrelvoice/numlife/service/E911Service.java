package com.kestrelvoice.numlife.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.kestrelvoice.numlife.dashboard.E911AddressClient;
import com.kestrelvoice.numlife.domain.E911AddressEntity;
import com.kestrelvoice.numlife.dto.E911AddressDto;
import com.kestrelvoice.numlife.mapping.E911AddressMapper;
import com.kestrelvoice.numlife.repo.E911AddressRepository;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Slf4j
@Service
@RequiredArgsConstructor
public class E911Service {

    private final E911AddressClient client;
    private final E911AddressRepository addresses;
    private final E911AddressMapper mapper;
    private final XmlMapper xmlMapper = new XmlMapper();

    /** Pulls every E911 address from the Dashboard (GET /accounts/{id}/addresses) into our table. */
    @Transactional
    public int sync() throws IOException {
        JsonNode list = xmlMapper.readTree(client.listAll()).path("Addresses").path("Address");
        List<E911AddressDto> dtos = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(node -> dtos.add(xmlMapper.convertValue(node, E911AddressDto.class)));
        } else if (!list.isMissingNode()) {
            dtos.add(xmlMapper.convertValue(list, E911AddressDto.class));
        }
        for (E911AddressDto dto : dtos) {
            E911AddressEntity entity = addresses.findByDashboardAddressId(dto.getAddressId())
                    .orElseGet(() -> mapper.toEntity(dto));
            entity.setCallbackNumber(dto.getCallbackNumber());
            addresses.save(entity);
        }
        log.info("Synchronised {} E911 addresses", dtos.size());
        return dtos.size();
    }

    /** Shown to the NOC next to each address. */
    public String displayCallbackNumber(String addressId) {
        E911AddressDto dto = client.get(addressId);
        String tn = dto.getCallbackNumber();
        return "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
    }

    public String register(E911AddressEntity entity) {
        String addressId = client.create(mapper.toDto(entity));
        entity.setDashboardAddressId(addressId);
        addresses.save(entity);
        return addressId;
    }
}
