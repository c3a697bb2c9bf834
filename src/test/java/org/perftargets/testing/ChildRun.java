package org.perftargets.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The program run as users run it: a separate JVM (optionally under a command that changes the
 * machine around it: {@code setpriv} without the power to ignore permissions, {@code unshare}
 * with a small file system mounted), its console captured to a file.
 */
public final class ChildRun {

    private final List<String> prefix = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> env = new java.util.HashMap<>();

    public static ChildRun java() {
        return new ChildRun();
    }

    /** A command the JVM runs under, e.g. {@code setpriv --bounding-set=-dac_override …}. */
    public ChildRun under(String... command) {
        prefix.addAll(List.of(command));
        return this;
    }

    public ChildRun jvm(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    public ChildRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The java command line for {@code org.perftargets.Main} with {@code args}. */
    public List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.perftargets.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts the program, its console going to {@code console}. */
    public Process start(Path console, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(console.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs the program to its end (at most two minutes): exit code and console as UTF-8. */
    public Result run(Path work, String... args) throws IOException, InterruptedException {
        return run(work, 120, args);
    }

    /** Runs the program to its end, at most {@code seconds}: exit code and console as UTF-8. */
    public Result run(Path work, int seconds, String... args) throws IOException, InterruptedException {
        Path console = Files.createTempFile(work, "console", ".txt");
        Process p = start(console, args);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end in " + seconds + " seconds: " + Files.readString(console));
        }
        byte[] bytes = Files.readAllBytes(console);
        Files.delete(console);
        return new Result(p.exitValue(), new String(bytes, StandardCharsets.UTF_8), bytes);
    }

    public record Result(int exitCode, String console, byte[] bytes) {
    }

    /** Whether {@code command} runs here (e.g. {@code unshare -rm true}). */
    public static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs without the power to ignore file permissions (which root has), so a read-only folder is read-only. */
    public static String[] withoutPermissionOverride() {
        return new String[] {"setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"};
    }
}
