package org.perftargets.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peak resident memory of this process (VmHWM in /proc/self/status): heap, metaspace, code,
 * thread stacks and whatever the libraries allocate natively, and under Maven Maven's own share,
 * which is what the machine actually gives the run. Empty where there is no /proc (macOS, Windows).
 */
final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** The peak resident memory so far, in KB, or empty where the system does not tell it. */
    static OptionalLong peakKb() {
        try {
            return Files.isReadable(STATUS) ? peakKb(Files.readAllLines(STATUS)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmHWM:   123456 kB} line of a /proc status text, in KB. */
    static OptionalLong peakKb(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] words = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (words.length == 2 && words[1].equals("kB") && words[0].chars().allMatch(Character::isDigit)) {
                    return OptionalLong.of(Long.parseLong(words[0]));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The line the benchmark prints: the peak in MB, or why there is none. */
    static String describe(String when) {
        OptionalLong kb = peakKb();
        return kb.isPresent()
                ? String.format("驻留内存峰值（整个进程，%s，/proc/self/status 的 VmHWM）：%d MB", when, kb.getAsLong() / 1024)
                : "驻留内存峰值：本系统没有 /proc/self/status，无法读取（可用 /usr/bin/time -v 或任务管理器查看）";
    }
}
