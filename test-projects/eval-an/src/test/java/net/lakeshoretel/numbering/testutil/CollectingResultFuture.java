package net.lakeshoretel.numbering.testutil;

import org.apache.flink.streaming.api.functions.async.ResultFuture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** ResultFuture that hands the async function's output to the test. */
public class CollectingResultFuture<T> implements ResultFuture<T> {

    private final CompletableFuture<List<T>> result = new CompletableFuture<>();

    @Override
    public void complete(Collection<T> values) {
        result.complete(new ArrayList<>(values));
    }

    @Override
    public void completeExceptionally(Throwable error) {
        result.completeExceptionally(error);
    }

    public List<T> get() throws Exception {
        return result.get(5, TimeUnit.SECONDS);
    }

    public T single() throws Exception {
        List<T> values = get();
        if (values.size() != 1) {
            throw new AssertionError("expected one result, got " + values);
        }
        return values.get(0);
    }
}
