package net.northwind.porting.app;

import java.util.List;

/** One runnable batch job. Implementations are registered in {@link Container#bootstrap}. */
public interface BatchJob {

    String name();

    Result run(List<String> args) throws Exception;

    record Result(String job, int processed, int failed, List<String> notes) {

        public static Result ok(String job, int processed) {
            return new Result(job, processed, 0, List.of());
        }

        public boolean success() {
            return failed == 0;
        }
    }
}
