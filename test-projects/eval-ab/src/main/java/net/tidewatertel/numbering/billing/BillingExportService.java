package net.tidewatertel.numbering.billing;

import java.util.List;
import java.util.stream.Collectors;

import net.tidewatertel.numbering.domain.NumberStatus;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.support.TidewaterNumbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Pushes the list of billable numbers to IRIS (billing) every night.
 */
@Service
public class BillingExportService {

    private static final Logger log = LoggerFactory.getLogger(BillingExportService.class);

    private final PhoneNumberRepository numbers;
    private final IrisClient iris;
    private final IrisClient irisArchive;

    public BillingExportService(PhoneNumberRepository numbers,
                                @Value("${tidewater.billing.account:TWT01}") String account,
                                @Value("${tidewater.billing.user:numbering}") String user,
                                @Value("${tidewater.billing.password:}") String password) {
        this.numbers = numbers;
        this.iris = new IrisClient(account, user, password);
        this.irisArchive = new IrisClient("https://iris-archive.billing.tidewatertel.net", account, user, password, "v1.0");
    }

    @Scheduled(cron = "0 0 2 * * *")
    public void exportBillableNumbers() throws Exception {
        List<PhoneNumber> active = numbers.findByStatus(NumberStatus.IN_SERVICE);
        String csv = active.stream()
                .map(n -> n.getTn() + "," + n.getCustomerAccount() + "," + (n.isSmsEnabled() ? "SMS" : ""))
                .collect(Collectors.joining("\n", "tn,account,features\n", "\n"));
        csv += TidewaterNumbers.INVOICE_HOTLINE + ",TWT-INTERNAL,\n";
        String batch = iris.postBatch("numbers", csv);
        irisArchive.postBatch("numbers", csv);
        log.info("Exported {} billable numbers to IRIS (batch {})", active.size(), batch);
    }
}
