package org.perftargets.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void peakIsTheHighWaterMarkLineNotTheCurrentSize() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  654321 kB", "VmRSS:\t  600000 kB");
        assertEquals(OptionalLong.of(654_321), ResidentMemory.peakKb(status));
    }

    @Test
    void aStatusWithoutTheLineOrWithAnotherUnitGivesNothing() {
        assertEquals(OptionalLong.empty(), ResidentMemory.peakKb(List.of("Name:\tjava", "VmRSS:\t 600000 kB")));
        assertEquals(OptionalLong.empty(), ResidentMemory.peakKb(List.of("VmHWM:\t 600 MB")));
    }

    @Test
    void thisProcessHasAPeakWhereProcExists() {
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertTrue(ResidentMemory.peakKb().orElseThrow() > 1024, "a JVM resides in more than 1 MB");
        } else {
            assertEquals(OptionalLong.empty(), ResidentMemory.peakKb());
        }
    }
}
