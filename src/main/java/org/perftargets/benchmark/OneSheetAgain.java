package org.perftargets.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One project's sheet made again after a whole run ({@code -Dproject}), as a user runs it: a new
 * JVM with this one's settings, the program's own time read from its closing line, the process
 * timed from outside. Made in this JVM it would find every class loaded and compiled already.
 */
final class OneSheetAgain {

    private static final Pattern TOOK = Pattern.compile("用时 ([0-9.]+) 秒");

    record Result(int exitCode, double programSeconds, double processSeconds, String lastLines) {
    }

    private OneSheetAgain() {
    }

    static Result run(Path input, Path output, String project, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-X") && !a.startsWith("-Xlog") || a.startsWith("-XX:") && !a.contains("FlightRecord")) {
                cmd.add(a);
            }
        }
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("org.perftargets.Main");
        cmd.add("--input=" + input);
        cmd.add("--output=" + output);
        cmd.add("--project=" + project);
        Path console = work.resolve("one-sheet-console.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return new Result(-1, Double.NaN, Double.NaN, "十分钟内没有结束，已停止");
        }
        double process = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(console, StandardCharsets.UTF_8);
        Matcher m = TOOK.matcher(text);
        double program = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        String[] lines = text.strip().split("\n");
        return new Result(p.exitValue(), program, process, lines[lines.length - 1]);
    }

    /** This program's class path: the class loader's (under mvn exec:java, Maven's own class path is another). */
    private static String classPath() {
        ClassLoader loader = OneSheetAgain.class.getClassLoader();
        if (loader instanceof URLClassLoader u) {
            List<String> entries = new ArrayList<>();
            for (URL url : u.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: not for the child
                }
            }
            if (!entries.isEmpty()) {
                return String.join(File.pathSeparator, entries);
            }
        }
        return System.getProperty("java.class.path");
    }
}
