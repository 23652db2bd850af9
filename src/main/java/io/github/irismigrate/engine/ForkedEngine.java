package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs scans in a JVM of their own, started with {@link #DEFAULT_JVM_ARGS}: only the client compiler, which is
 * ready at once, and the serial collector. A scan is short and cold: in Maven's JVM the optimising compiler took
 * 40 % of the CPU on a 2-core agent while javac and OpenRewrite ran cold, and the scan of the 5,000-file benchmark
 * took 5.3 s there against 3.3 s here (bench/README.md), in about half the memory. It also leaves Maven's own
 * JVM, its compiler and its heap alone.
 * <p>
 * One such JVM serves the scans of one build, module after module: it reads the path of a job file from its
 * standard input, writes progress lines and then a line saying the result file is ready. It ends when its
 * standard input closes (the build's JVM ended) or after {@link #IDLE_MILLIS} without a job, so that no process
 * outlives the build by more than that.
 */
public final class ForkedEngine {
    /** What the scan JVM is started with unless the user says otherwise. */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    static final String PROGRESS = "[iris-migrate] ";
    static final String DONE = "[iris-migrate-done] ";
    static final long IDLE_MILLIS = 60_000;

    /** Idle scan JVMs, by how they were started; a busy one is taken out, so that parallel builds get one each. */
    private static final Map<List<String>, Deque<Worker>> IDLE = new HashMap<>();

    public enum Goal { CHECK, FIX }

    /** One scan, as handed to the scan JVM (in {@link BinaryFormat}: a cold JVM starts no JSON library for it). */
    record Job(Goal goal, ScanRequest request, @Nullable Path cacheFile, Engine.@Nullable Selected selected, Path resultFile) {
        void write(Path file) throws IOException {
            BinaryFormat.writeAtomically(file, out -> {
                out.writeInt(FORMAT);
                BinaryFormat.string(out, goal.name());
                BinaryFormat.request(out, request);
                BinaryFormat.nullable(out, cacheFile == null ? null : cacheFile.toString());
                out.writeBoolean(selected != null);
                if (selected != null) {
                    out.writeInt(selected.total());
                    BinaryFormat.paths(out, selected.candidates());
                    BinaryFormat.paths(out, selected.context());
                    out.writeLong(selected.millis());
                }
                BinaryFormat.string(out, resultFile.toString());
            });
        }

        static Job read(Path file) throws IOException {
            return BinaryFormat.read(file, in -> {
                if (in.readInt() != FORMAT) {
                    throw new IOException("a job of another version of iris-migrate: " + file);
                }
                Goal goal = Goal.valueOf(BinaryFormat.string(in));
                ScanRequest request = BinaryFormat.request(in);
                String cache = BinaryFormat.nullable(in);
                Engine.Selected selected = in.readBoolean()
                        ? new Engine.Selected(in.readInt(), BinaryFormat.paths(in), BinaryFormat.paths(in), in.readLong()) : null;
                return new Job(goal, request, cache == null ? null : Path.of(cache), selected, Path.of(BinaryFormat.string(in)));
            });
        }
    }

    /** The version of the job and result files: the scan JVM runs the build's own copy of the plugin, so one. */
    private static final int FORMAT = 1;

    private final Path launcher;
    private final List<String> jvmArgs;
    private final List<Path> classpath;
    private final Consumer<String> progress;
    private final Consumer<String> output;

    /**
     * @param java      the {@code java} launcher to start
     * @param jvmArgs   its options
     * @param classpath this tool's classes and their dependencies
     * @param progress  receives the scan's progress lines
     * @param output    receives anything else the JVM prints (warnings of the JVM itself)
     */
    public ForkedEngine(Path java, List<String> jvmArgs, List<Path> classpath, Consumer<String> progress, Consumer<String> output) {
        this.launcher = java;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.classpath = kotlinLast(classpath);
        this.progress = progress;
        this.output = output;
    }

    /** The {@code java} launcher of the running JDK. */
    public static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** {@link Engine#check} (with the scan cache in {@code cacheFile} when given) or {@link Engine#fix}, in the scan JVM. */
    public ScanResult run(Goal goal, ScanRequest request, @Nullable Path cacheFile) throws IOException {
        return run(goal, request, cacheFile, null);
    }

    /** {@link Engine#check} of files this JVM has already selected ({@link Engine#select}), in the scan JVM. */
    public ScanResult run(Goal goal, ScanRequest request, @Nullable Path cacheFile, Engine.@Nullable Selected selected)
            throws IOException {
        Path dir = Files.createTempDirectory("iris-migrate-scan");
        try {
            Path jobFile = dir.resolve("job.bin");
            Path resultFile = dir.resolve("result.bin");
            new Job(goal, request, cacheFile, selected, resultFile).write(jobFile);
            List<String> key = key();
            Worker worker = take(key);
            if (!run(key, worker, jobFile) && !Files.isRegularFile(resultFile) && worker.reused && worker.silent()) {
                // an idle scan JVM that ended (its idle time ran out) as the job came: a new one takes it
                worker = Worker.start(key);
                run(key, worker, jobFile);
            }
            if (!Files.isRegularFile(resultFile)) {
                throw new IOException(worker.failure(jvmArgs));
            }
            return BinaryFormat.read(resultFile, BinaryFormat::result);
        } finally {
            deleteTree(dir);
        }
    }

    /** Runs the job on {@code worker}, which goes back to the idle ones when it can take another; whether it could. */
    private boolean run(List<String> key, Worker worker, Path jobFile) throws IOException {
        boolean reusable = false;
        try {
            reusable = worker.run(jobFile, progress, output);
        } finally {
            if (reusable) {
                give(key, worker);
            } else {
                worker.stop();
            }
        }
        return reusable;
    }

    /**
     * How the scan JVM is started: the launcher, its options, this JVM's {@code iris-migrate.*} properties (the
     * engine's tuning switches, {@code iris-migrate.javaBatchSize} and {@code .parseThreads}, reach it as they would
     * in-process), then the classpath and the size and time of each of its entries; a JVM started the same way can
     * take the job.
     */
    private List<String> key() {
        List<String> key = new ArrayList<>();
        key.add(launcher.toString());
        key.addAll(jvmArgs);
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("iris-migrate.")).sorted()
                .forEach(k -> key.add("-D" + k + "=" + System.getProperty(k)));
        StringBuilder cp = new StringBuilder();
        StringBuilder stamps = new StringBuilder();
        for (Path p : classpath) {
            cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(p.toAbsolutePath());
            File f = p.toFile();
            stamps.append(f.length()).append('@').append(f.lastModified()).append(' ');
        }
        key.add(cp.toString());
        key.add(stamps.toString()); // a jar rebuilt in place (a SNAPSHOT) gets a JVM that loads it afresh
        return key;
    }

    private static Worker take(List<String> key) throws IOException {
        synchronized (IDLE) {
            Deque<Worker> idle = IDLE.get(key);
            while (idle != null && !idle.isEmpty()) {
                Worker w = idle.pop();
                if (w.process.isAlive()) {
                    w.reused = true;
                    return w;
                }
            }
        }
        return Worker.start(key);
    }

    /**
     * The classpath with the Kotlin compiler and its companions at the end, in their order: the JVM opens the jars of
     * a classpath in order until it finds a class, and the compiler's jar (tens of thousands of entries) would be
     * opened, and its index held, by every scan, also those that parse no Kotlin file.
     */
    static List<Path> kotlinLast(List<Path> classpath) {
        List<Path> first = new ArrayList<>();
        List<Path> last = new ArrayList<>();
        for (Path p : classpath) {
            String s = p.toString().replace('\\', '/');
            boolean kotlin = s.contains("/org/jetbrains/kotlin/") || s.contains("/org/jetbrains/kotlinx/")
                    || p.getFileName() != null && p.getFileName().toString().startsWith("rewrite-kotlin-");
            (kotlin ? last : first).add(p);
        }
        first.addAll(last);
        return List.copyOf(first);
    }

    /** How many idle scan JVMs whose classpath holds {@code entry} are alive, for tests. */
    static int idleJvms(Path entry) {
        String path = entry.toAbsolutePath().toString();
        synchronized (IDLE) {
            return (int) IDLE.entrySet().stream().filter(e -> e.getKey().get(e.getKey().size() - 2).contains(path))
                    .flatMap(e -> e.getValue().stream()).filter(w -> w.process.isAlive()).count();
        }
    }

    private static void give(List<String> key, Worker worker) {
        synchronized (IDLE) {
            IDLE.computeIfAbsent(key, k -> new ArrayDeque<>()).push(worker);
        }
    }

    /**
     * The notice every JVM prints when the environment sets {@code JAVA_TOOL_OPTIONS} (or {@code _JAVA_OPTIONS},
     * {@code JDK_JAVA_OPTIONS}): Maven's JVM printed it already, so it is kept only for a failure's message.
     */
    static boolean isLauncherNotice(String line) {
        return line.startsWith("Picked up JAVA_TOOL_OPTIONS:") || line.startsWith("Picked up _JAVA_OPTIONS:")
                || line.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS:");
    }

    /** A started scan JVM, and the last lines it printed that were not progress (for the message when it fails). */
    private static final class Worker {
        private final Process process;
        private final BufferedReader out;
        private final List<String> command;
        private final Path argFile;
        private final Thread killOnExit;
        private final Deque<String> tail = new ArrayDeque<>();
        private @Nullable String done;
        private boolean reused;
        private boolean printed;

        private Worker(Process process, List<String> command, Path argFile) {
            this.process = process;
            this.command = command;
            this.argFile = argFile;
            this.killOnExit = new Thread(process::destroyForcibly);
            Runtime.getRuntime().addShutdownHook(killOnExit);
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Starts a scan JVM; the classpath goes in an argument file, which no OS limits in length. */
        static Worker start(List<String> key) throws IOException {
            Path argFile = Files.createTempFile("iris-migrate-jvm", ".args");
            argFile.toFile().deleteOnExit();
            String cp = key.get(key.size() - 2);
            Files.writeString(argFile, "-cp \"" + cp.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
            List<String> command = new ArrayList<>(key.subList(0, key.size() - 2));
            command.add("@" + argFile);
            command.add(ForkedEngine.class.getName());
            return new Worker(new ProcessBuilder(command).redirectErrorStream(true).start(), command, argFile);
        }

        /** Hands the job over and relays its output until it is done; whether this JVM can take another job. */
        boolean run(Path jobFile, Consumer<String> progress, Consumer<String> output) throws IOException {
            tail.clear();
            done = null;
            printed = false;
            try {
                OutputStream in = process.getOutputStream();
                in.write((jobFile.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                // it ended before it took the job: what it printed says why
            }
            for (String line; (line = out.readLine()) != null; ) {
                printed = true;
                if (line.startsWith(DONE)) {
                    done = line.substring(DONE.length());
                    return done.equals("ok");
                } else if (line.startsWith(PROGRESS)) {
                    progress.accept(line.substring(PROGRESS.length()));
                } else {
                    if (!isLauncherNotice(line)) {
                        output.accept(line);
                    }
                    tail.addLast(line);
                    if (tail.size() > 30) {
                        tail.removeFirst();
                    }
                }
            }
            return false;
        }

        /** Whether it printed nothing for the last job. */
        boolean silent() {
            return !printed;
        }

        /** Why the job has no result: what the JVM printed last, and how it ended. */
        String failure(List<String> jvmArgs) {
            Integer exit = null;
            try {
                if (process.waitFor(10, TimeUnit.SECONDS)) {
                    exit = process.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String printed = String.join("\n", tail);
            StringBuilder m = new StringBuilder("the scan JVM (" + String.join(" ", command) + ") ");
            m.append(done != null ? "failed: " + done : exit != null ? "ended with exit code " + exit : "ended without a result");
            if (!printed.isBlank()) {
                m.append("; it printed:\n").append(printed);
            }
            if (printed.contains("OutOfMemoryError") || (done != null && done.contains("OutOfMemoryError"))) {
                m.append("\nGive it more memory with -Diris-migrate.jvmArgs=\"")
                        .append(String.join(" ", jvmArgs.stream().filter(a -> !a.startsWith("-Xmx")).toList()))
                        .append(" -Xmx4g\"");
            }
            return m.toString();
        }

        void stop() {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // it has gone already
            }
            process.destroy();
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs
            }
            try {
                Files.deleteIfExists(argFile);
            } catch (IOException e) {
                // deleted on exit
            }
        }
    }

    /**
     * The scan JVM: takes job files from standard input, one per line, until it closes or none comes for
     * {@link #IDLE_MILLIS}. Prints progress lines, then {@code DONE ok} once the result file is written, or
     * {@code DONE} and what went wrong.
     */
    public static void main(String[] args) {
        quietLogging();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    jobs.add(line);
                }
            } catch (IOException e) {
                // the build's end closed it
            }
            jobs.add("");
        }, "iris-migrate-jobs");
        reader.setDaemon(true);
        reader.start();
        try {
            for (;;) {
                String job = jobs.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (job == null || job.isEmpty()) {
                    break;
                }
                out.println(DONE + runJob(Path.of(job), out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        System.exit(0); // parser and recipe pools may hold threads that would keep the JVM up
    }

    /**
     * Starts SLF4J, which OpenRewrite's parser reaches when a file does not print back as written (its diff), with
     * standard error muted: without a logging backend here it would print "no providers" lines, which the build would
     * show as warnings. A JVM without SLF4J on its classpath skips this.
     */
    private static void quietLogging() {
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            Class.forName("org.slf4j.LoggerFactory").getMethod("getILoggerFactory").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            // no SLF4J: nothing to quiet
        } finally {
            System.setErr(err);
        }
    }

    private static String runJob(Path jobFile, PrintStream out) {
        try {
            Job job = Job.read(jobFile);
            Engine engine = new Engine(msg -> out.println(PROGRESS + msg.replace('\n', ' ')));
            if (job.cacheFile() != null) {
                engine = engine.withCache(job.cacheFile());
            }
            ScanResult result = job.goal() == Goal.FIX ? engine.fix(job.request())
                    : job.selected() != null ? engine.check(job.request(), job.selected()) : engine.check(job.request());
            BinaryFormat.writeAtomically(job.resultFile(), w -> BinaryFormat.result(w, result));
            return "ok";
        } catch (Throwable t) {
            t.printStackTrace(out);
            // the first line of a long trace may scroll out of what the build shows: name the root cause here too
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root == t ? t.toString() : t + " (caused by " + root + ")";
            return why.replace('\n', ' ');
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind is not worth failing the build for
        }
    }
}
