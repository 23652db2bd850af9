package com.harborline.numbering.jobs;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of the back office's scheduled jobs. Subclasses implement {@link #execute};
 * the scheduler calls {@link #run} which adds logging, timing and the enabled flag.
 */
public abstract class Job {

    protected final Logger log = LoggerFactory.getLogger(getClass());

    private final String name;

    /** Extra keys of this job's block in {@code jobs.yaml} (besides every / initialDelay). */
    protected Map<String, String> settings = Map.of();

    protected Job(String name) {
        this.name = name;
    }

    public void configure(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    public String name() {
        return name;
    }

    /** Jobs can be switched off per environment with {@code jobs.<name>.enabled=false}. */
    public boolean enabled(JobContext context) {
        return Boolean.parseBoolean(context.props().get("jobs." + name + ".enabled", "true"));
    }

    public final JobResult run(JobContext context) {
        if (!enabled(context)) {
            return JobResult.skipped("disabled");
        }
        long started = System.nanoTime();
        try {
            JobResult result = execute(context);
            log.info("job {} finished in {} ms: {}", name, (System.nanoTime() - started) / 1_000_000, result);
            return result;
        } catch (Exception e) {
            log.error("job {} failed", name, e);
            return JobResult.failed(e.getMessage());
        }
    }

    protected abstract JobResult execute(JobContext context) throws Exception;
}
