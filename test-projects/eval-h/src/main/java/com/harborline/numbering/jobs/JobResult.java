package com.harborline.numbering.jobs;

/** Outcome of one job run, persisted to job_history by the scheduler. */
public record JobResult(Status status, int processed, String message) {

    public enum Status { OK, SKIPPED, FAILED }

    public static JobResult ok(int processed) {
        return new JobResult(Status.OK, processed, "");
    }

    public static JobResult ok(int processed, String message) {
        return new JobResult(Status.OK, processed, message);
    }

    public static JobResult skipped(String why) {
        return new JobResult(Status.SKIPPED, 0, why);
    }

    public static JobResult failed(String why) {
        return new JobResult(Status.FAILED, 0, why);
    }
}
