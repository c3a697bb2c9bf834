package org.perftargets.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeFileNameTest {

    @Test
    void keepsAnOrdinaryChineseNameAsItIs() {
        assertEquals("上海公安350兆警用数字集群（PDT）系统", SafeFileName.of("上海公安350兆警用数字集群（PDT）系统"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a\\b", "a:b", "a*b", "a?b", "a\"b", "a<b", "a>b", "a|b", "a\u0000b", "a\nb", "a\u007fb"})
    void replacesSeparatorsForbiddenAndControlCharacters(String name) {
        assertEquals("a_b", SafeFileName.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "  ", "", "...  "})
    void neverGivesAnEmptyOrDotName(String name) {
        assertEquals("未命名", SafeFileName.of(name));
    }

    @Test
    void dotDotSlashCannotClimbOutOfTheFolder() {
        String safe = SafeFileName.of("../../etc/passwd");
        assertFalse(safe.contains("/"));
        Path root = Path.of("/tmp/out");
        assertTrue(root.resolve(safe).normalize().startsWith(root));
    }

    @Test
    void prefixesWindowsDeviceNames() {
        assertEquals("_CON", SafeFileName.of("CON"));
        assertEquals("_nul.txt", SafeFileName.of("nul.txt"));
        assertEquals("CONSOLE", SafeFileName.of("CONSOLE"));
    }

    @Test
    void boundsTheLengthInBytesWithoutSplittingACharacter() {
        String safe = SafeFileName.of("项".repeat(500));
        int bytes = safe.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= SafeFileName.MAX_BYTES, "bytes: " + bytes);
        assertTrue(safe.chars().allMatch(c -> c == '项'));
    }

    @Test
    void trimsTrailingDotsAndSpacesWhichWindowsDrops() {
        assertEquals("项目", SafeFileName.of(" 项目. "));
    }
}
