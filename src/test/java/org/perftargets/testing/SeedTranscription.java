package org.perftargets.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.perftargets.intake.IndicatorValueParser;
import org.perftargets.intake.StandardWorkbookWriter;
import org.perftargets.model.AnnualFunds;
import org.perftargets.model.Indicator;
import org.perftargets.model.LifetimeFunds;
import org.perftargets.model.Origin;
import org.perftargets.model.Project;

/**
 * Builds the shipped sample workbook (input/) from the transcription of the 2023 booklet kept in
 * src/test/resources/seed/ (projects.tsv, indicators.tsv). Run once when the transcription
 * changes:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.perftargets.testing.SeedTranscription}
 */
public final class SeedTranscription {

    private SeedTranscription() {
    }

    public static void main(String[] args) throws IOException {
        Path seed = Path.of("src/test/resources/seed");
        Path target = Path.of(args.length > 0 ? args[0] : "input/上海市公安局2023年度项目绩效目标申报.xlsx");
        List<Project> projects = read(seed);
        try (OutputStream out = Files.newOutputStream(target)) {
            StandardWorkbookWriter.write(projects, out);
        }
        System.out.println(projects.size() + " projects, "
                + projects.stream().mapToInt(p -> p.indicators().size()).sum() + " indicators -> " + target);
    }

    public static List<Project> read(Path seed) throws IOException {
        Origin origin = Origin.ofRow("seed", "tsv", 0);
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        for (String[] r : rows(seed.resolve("indicators.tsv"))) {
            var value = IndicatorValueParser.parse(r.length > 4 ? r[4] : "").value();
            indicators.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Indicator(r[1], r[2], r[3], value, origin));
        }
        List<Project> projects = new ArrayList<>();
        for (String[] r : rows(seed.resolve("projects.tsv"))) {
            projects.add(new Project(Integer.valueOf(r[0]), r[1], r[2], null, r[3], r[4], r[5], LocalDate.parse(r[6]),
                    LocalDate.parse(r[7]), LifetimeFunds.BLANK,
                    new AnnualFunds(money(r[8]), money(r[9]), money(r[10]), money(r[11])), null,
                    r[12].replace("\\n", "\n"), indicators.getOrDefault(r[3], List.of()), origin));
        }
        return projects;
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s.replace(",", "")).setScale(2);
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }
}
