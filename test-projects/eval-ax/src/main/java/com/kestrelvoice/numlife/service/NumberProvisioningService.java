package com.kestrelvoice.numlife.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.kestrelvoice.numlife.dashboard.AvailableNumberClient;
import com.kestrelvoice.numlife.dashboard.OrderClient;
import com.kestrelvoice.numlife.dashboard.SipPeerTnClient;
import com.kestrelvoice.numlife.domain.NumberOrderEntity;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.dto.AvailableNpaNxxDto;
import com.kestrelvoice.numlife.dto.OrderResponseDto;
import com.kestrelvoice.numlife.mapping.OrderMapper;
import com.kestrelvoice.numlife.repo.NumberOrderRepository;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Slf4j
@Service
@RequiredArgsConstructor
public class NumberProvisioningService {

    private final AvailableNumberClient availableNumbers;
    private final OrderClient orders;
    private final SipPeerTnClient sipPeerTns;
    private final PhoneNumberRepository phoneNumbers;
    private final NumberOrderRepository numberOrders;
    private final OrderMapper orderMapper;
    private final XmlMapper xmlMapper = new XmlMapper();

    /** NPA-NXX with the most spare numbers in the area code the customer asked for. */
    public Optional<String> bestNpaNxx(int preferredAreaCode) throws IOException {
        List<AvailableNpaNxxDto> rows = parseNpaNxx(availableNumbers.npaNxx(String.valueOf(preferredAreaCode)));
        return rows.stream()
                .filter(row -> row.getAreaCode() == preferredAreaCode)
                .max(Comparator.comparingInt(AvailableNpaNxxDto::getQuantity))
                .map(row -> row.getAreaCode() + row.getNxx());
    }

    @Transactional
    public NumberOrderEntity order(String customerAccount, List<String> tns) {
        String customerOrderId = "NL-" + customerAccount + "-" + Instant.now().getEpochSecond();
        String dashboardOrderId = orders.orderExisting(customerOrderId, tns);

        NumberOrderEntity order = new NumberOrderEntity();
        order.setCustomerOrderId(customerOrderId);
        order.setDashboardOrderId(dashboardOrderId);
        order.setOrderType("new_number");
        order.setStatus("RECEIVED");
        order.setCreatedAt(Instant.now());
        numberOrders.save(order);

        for (String tn : tns) {
            PhoneNumberEntity number = phoneNumbers.findByTn(tn).orElseGet(PhoneNumberEntity::new);
            number.setTn(tn);
            number.setStatus(PhoneNumberEntity.Status.ORDERED);
            number.setCustomerAccount(customerAccount);
            number.setDashboardOrderId(dashboardOrderId);
            phoneNumbers.save(number);
        }
        return order;
    }

    @Transactional
    public void complete(String dashboardOrderId) {
        OrderResponseDto response = orders.get(dashboardOrderId);
        NumberOrderEntity order = numberOrders.findByDashboardOrderId(dashboardOrderId)
                .orElseGet(() -> orderMapper.toEntity(response));
        orderMapper.updateStatus(response, order);
        order.setCompletedAt(Instant.now());
        numberOrders.save(order);

        for (OrderResponseDto.CompletedNumber completed : response.getCompletedNumbers()) {
            PhoneNumberEntity number = phoneNumbers.findByTn(completed.getFullNumber())
                    .orElseGet(() -> orderMapper.toPhoneNumber(completed));
            number.setStatus(PhoneNumberEntity.Status.IN_SERVICE);
            number.setDashboardOrderId(dashboardOrderId);
            number.setActivatedAt(Instant.now());
            phoneNumbers.save(number);
            sipPeerTns.activate(number.getTn());
        }
    }

    public void nightlyCanaryRelease() {
        log.info("Releasing canary number: {}", orders.releaseCanary());
    }

    private List<AvailableNpaNxxDto> parseNpaNxx(String xml) throws IOException {
        JsonNode list = xmlMapper.readTree(xml).path("AvailableNpaNxxList").path("AvailableNpaNxx");
        List<AvailableNpaNxxDto> rows = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(node -> rows.add(xmlMapper.convertValue(node, AvailableNpaNxxDto.class)));
        } else if (!list.isMissingNode()) {
            rows.add(xmlMapper.convertValue(list, AvailableNpaNxxDto.class));
        }
        return rows;
    }
}
