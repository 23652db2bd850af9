package com.harborline.numbering.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobScheduleLoaderTest {

    @Test
    void readsTwoLevels() throws Exception {
        String yaml = """
                jobs:
                  dataRetention:
                    every: PT24H
                    initialDelay: PT6H
                  importOrderStatus:
                    every: PT15M
                    discoverManualOrders: "false"
                """;
        Map<String, JobScheduleLoader.JobSpec> specs = JobScheduleLoader.parse(new BufferedReader(new StringReader(yaml)));

        assertEquals(Duration.ofHours(24), specs.get("dataRetention").every());
        assertEquals(Duration.ofMinutes(1), specs.get("importOrderStatus").initialDelay());
        assertEquals("false", specs.get("importOrderStatus").settings().get("discoverManualOrders"));
    }

    @Test
    void shippedScheduleHasEveryJob() {
        Map<String, JobScheduleLoader.JobSpec> specs = JobScheduleLoader.fromClasspath("jobs.yaml");
        JobScheduler scheduler = new JobScheduler(specs);
        for (Job job : scheduler.jobs()) {
            assertEquals(true, specs.containsKey(job.name()), job.name());
        }
    }

    @Test
    void jobIdsAreNotPhoneNumbers() {
        // 1234567890 is the id the scheduler test harness uses for a fake run; epoch below is 2024-06-03.
        long fakeRunId = 1234567890L;
        long startedAt = 1717430400L;
        assertEquals(true, startedAt > fakeRunId);
    }
}
