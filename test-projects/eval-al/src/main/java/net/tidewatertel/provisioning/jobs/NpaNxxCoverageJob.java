package net.tidewatertel.provisioning.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

import net.tidewatertel.provisioning.domain.ServiceRegion;

/**
 * Weekly: how many numbers the Dashboard still has per exchange in our area codes,
 * so engineering knows when to ask for a new block.
 */
public class NpaNxxCoverageJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(NpaNxxCoverageJob.class);

    private String areaCodes = "757";

    public void setAreaCodes(String areaCodes) {
        this.areaCodes = areaCodes;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            ApplicationContext spring = (ApplicationContext) context.getScheduler().getContext().get("applicationContext");
            IrisClient client = spring.getBean(IrisClient.class);
            for (String areaCode : areaCodes.split(",")) {
                report(client, areaCode.trim());
            }
        } catch (Exception e) {
            throw new JobExecutionException("NPA-NXX coverage failed", e);
        }
    }

    void report(IrisClient client, String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 1000);
        List<AvailableNpaNxx> exchanges = AvailableNpaNxx.list(client, query);

        Map<String, Integer> spareByExchange = new TreeMap<>();
        for (AvailableNpaNxx exchange : exchanges) {
            int npa = Integer.parseInt(exchange.getNpa());
            ServiceRegion region = ServiceRegion.forAreaCode(npa);
            spareByExchange.merge(region.getDisplayName() + " " + exchange.getNpa() + "-" + exchange.getNxx(),
                    exchange.getQuantity(), Integer::sum);
        }
        spareByExchange.forEach((exchange, spare) -> {
            if (spare < 50) {
                LOG.warn("Exchange {} is down to {} spare numbers", exchange, spare);
            }
        });
    }
}
