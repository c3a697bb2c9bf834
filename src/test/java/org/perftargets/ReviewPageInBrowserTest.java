package org.perftargets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import org.perftargets.job.BatchJob;
import org.perftargets.job.JobOptions;
import org.perftargets.job.RunSummary;
import org.perftargets.testing.StandardSample;
import org.perftargets.testing.TestWorkbook;

/**
 * 审核报告.html of the shipped sample, opened from the file system in headless Chromium (Debian's
 * chromium, driven through chromium-driver): it loads with no console error and no request
 * leaving the machine, its figures equal 审核意见表.xlsx's, typing in the search box filters the
 * projects, each project links to its sheet, and it prints without the search box. Skipped, with
 * a note, where Chromium or its driver is not installed; .ci/run installs both.
 */
class ReviewPageInBrowserTest {

    private static final String[] CHROMIUM = {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"};
    private static final String[] DRIVER = {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"};

    @TempDir
    static Path out;

    static Path group;
    static RunSummary summary;
    static ChromeDriver browser;
    /** Selenium's note that it has no DevTools binding for this Chromium (none is used here) stays off the log. */
    static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static String firstExecutable(String... paths) {
        for (String p : paths) {
            if (new File(p).canExecute()) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    static void runTheSampleAndStartChromium() throws IOException {
        String chromium = firstExecutable(CHROMIUM);
        String driver = firstExecutable(DRIVER);
        assumeTrue(chromium != null && driver != null,
                "Chromium 或 chromium-driver 未安装，跳过浏览器测试（apt-get install -y chromium chromium-driver；.ci/run 会先安装）");
        summary = new BatchJob(JobOptions.of(Path.of("input"), out), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run();
        group = out.resolve("2023/上海市公安局");
        SELENIUM.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--user-data-dir=" + out.resolve("chromium-profile"),
                "--no-first-run", "--disable-background-networking", "--disable-component-update");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a page from the file system and returns what the console said at level warning or above. */
    static List<String> open(Path page) {
        browser.manage().logs().get(LogType.PERFORMANCE); // forget the previous page's requests
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(page.toUri().toString());
        List<String> console = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                console.add(e.getMessage());
            }
        }
        return console;
    }

    /** Every URL the page asked for since it was opened: the document, and anything it loaded. */
    @SuppressWarnings("unchecked")
    static List<String> requests() {
        List<String> urls = new ArrayList<>();
        Json json = new Json();
        for (LogEntry e : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> entry = json.toType(e.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) entry.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                urls.add(String.valueOf(((Map<String, Object>) params.get("request")).get("url")));
            }
        }
        return urls;
    }

    static boolean local(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("about:");
    }

    @Test
    void theHarnessSeesAConsoleErrorAndARequestLeavingTheMachine() throws IOException {
        Path bad = out.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>"
                + "<img src=\"http://example.invalid/logo.png\"><script>console.error('坏了');</script></body></html>");
        List<String> console = open(bad);
        List<String> requests = requests();
        assertTrue(console.stream().anyMatch(m -> m.contains("坏了")), console.toString());
        assertTrue(requests.stream().anyMatch(u -> u.startsWith("http://example.invalid/")), requests.toString());
    }

    @Test
    void thePageLoadsFromTheFileSystemWithNoConsoleErrorAndNoRequestLeavingTheMachine() {
        List<String> console = open(group.resolve("审核报告.html"));
        List<String> requests = requests();
        assertEquals(List.of(), console);
        assertFalse(requests.isEmpty(), "the page itself is a request");
        assertEquals(List.of(), requests.stream().filter(u -> !local(u)).toList());
        assertEquals("上海市公安局2023年度项目绩效目标审核报告", browser.getTitle());
    }

    @Test
    void theFiguresOnThePageEqualTheSheets() throws IOException {
        open(group.resolve("审核报告.html"));
        List<List<String>> rows = sheetRows();
        assertEquals(String.valueOf(rows.size()), text("#total-findings"));
        assertEquals(String.valueOf(summary.reviewFindings()), text("#total-findings"));
        assertEquals(String.valueOf(rows.stream().map(r -> r.get(2)).distinct().count()), text("#total-projects-with-findings"));
        assertEquals("23", text("#total-projects"));
        assertEquals("383", text("#total-indicators"));
        // The quantified share from the other table the run writes: indicators whose value has a 比较符.
        List<String> indicators = Files.readAllLines(group.resolve("绩效指标.csv"), StandardCharsets.UTF_8);
        long comparisons = indicators.stream().skip(1).filter(l -> l.contains(",'=,") || l.contains(",≥,") || l.contains(",≤,")
                || l.contains(",>,") || l.contains(",<,")).count();
        assertEquals(252, comparisons);
        assertEquals(new java.math.BigDecimal(comparisons * 100).divide(new java.math.BigDecimal(383), 1,
                java.math.RoundingMode.HALF_UP) + "%", text("#total-quantified"));

        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> perUnit = new TreeMap<>();
        rows.forEach(r -> perRule.merge(r.get(4), 1, Integer::sum));
        rows.forEach(r -> perUnit.merge(r.get(1), 1, Integer::sum));
        assertEquals(perRule, bars("g.rule-count"));
        assertEquals(perUnit, bars("g.unit-count"));

        // Finding by finding: the same 序号, project, place, rule and problem on both.
        List<List<String>> onPage = new ArrayList<>();
        for (WebElement section : browser.findElements(By.cssSelector("section.project"))) {
            String name = section.getAttribute("data-name");
            for (WebElement tr : section.findElements(By.cssSelector("tr.finding"))) {
                onPage.add(List.of(tr.findElement(By.cssSelector("td.n")).getText(), name,
                        tr.findElement(By.cssSelector(".where")).getText(), tr.findElement(By.cssSelector("td.point")).getText(),
                        tr.findElement(By.cssSelector(".problem")).getText()));
            }
        }
        assertEquals(rows.stream().map(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5))).toList(), onPage);
    }

    @Test
    void typingInTheSearchBoxFiltersTheProjectsAsYouType() {
        open(group.resolve("审核报告.html"));
        WebElement box = browser.findElement(By.id("search"));
        assertEquals(23, visibleProjects().size());
        box.sendKeys("档");
        assertEquals(List.of("市局档案用房开办费", "上海市公安局档案业务用房(绥宁路)配套信息化建设"), visibleProjects());
        box.sendKeys("案业务");
        assertEquals(List.of("上海市公安局档案业务用房(绥宁路)配套信息化建设"), visibleProjects());
        assertEquals("显示 1 / 23 个项目", text("#shown"));
        box.sendKeys("x");
        assertEquals(List.of(), visibleProjects());
        assertTrue(browser.findElement(By.id("nothing")).isDisplayed(), "says that nothing matches");
        box.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE); // back to 档
        assertEquals(List.of("市局档案用房开办费", "上海市公安局档案业务用房(绥宁路)配套信息化建设"), visibleProjects());
        box.clear();
        box.sendKeys("警用 运行费");
        assertEquals(List.of("警用无人机运行费", "警用直升机运行费"), visibleProjects());
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertEquals(23, visibleProjects().size());
        assertFalse(browser.findElement(By.id("nothing")).isDisplayed());
    }

    @Test
    void projectsStandUnderTheirUnitAndTypingAUnitShowsOnlyItsProjects() throws IOException {
        Path in = Files.createDirectories(out.resolve("units-in"));
        TestWorkbook wb = TestWorkbook.xlsx()
                .row("项目", StandardSample.PROJECT_HEADERS.toArray());
        String[][] projects = {{"交警总队", "电子警察项目"}, {"刑侦总队", "办案业务费"}, {"交警总队", "城市维护工程项目"}};
        for (String[] p : projects) {
            List<Object> row = StandardSample.projectRow(p[1]);
            row.set(StandardSample.col("实施单位"), p[0]);
            wb.row("项目", row.toArray());
        }
        wb.row("绩效指标", StandardSample.INDICATOR_HEADERS.toArray());
        for (String[] p : projects) {
            StandardSample.indicatorRows(p[1]).forEach(r -> wb.row("绩效指标", r.toArray()));
        }
        wb.save(in, "申报");
        Path to = out.resolve("units-out");
        new BatchJob(JobOptions.of(in, to), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
        assertEquals(List.of(), open(to.resolve("2023/上海市公安局/审核报告.html")));
        List<String> headings = browser.findElements(By.cssSelector("h2.unit-name")).stream()
                .map(h -> h.getText().replaceAll("\\s+", "")).toList();
        assertEquals(List.of("交警总队2个项目，6条审核意见", "刑侦总队1个项目，3条审核意见"), headings);
        assertEquals(List.of("电子警察项目", "城市维护工程项目", "办案业务费"), visibleProjects());
        browser.findElement(By.id("search")).sendKeys("刑侦");
        assertEquals(List.of("办案业务费"), visibleProjects());
        assertEquals(List.of("刑侦总队"), browser.findElements(By.cssSelector("div.unit")).stream().filter(WebElement::isDisplayed)
                .map(u -> u.getAttribute("data-unit")).toList());
    }

    @Test
    void eachProjectLinksToItsSheetPdf() {
        open(group.resolve("审核报告.html"));
        List<WebElement> links = browser.findElements(By.cssSelector("section.project a.sheet"));
        assertEquals(23, links.size());
        for (WebElement a : links) {
            Path target = Path.of(URI.create(a.getAttribute("href")));
            assertTrue(Files.isRegularFile(target), target.toString());
            assertTrue(target.startsWith(group.resolve("申报表")), target.toString());
        }
    }

    /** Whether fontconfig knows a font with Chinese glyphs: without one the printed page has no Chinese text to read. */
    static boolean chineseFont() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 && !out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void itPrintsEveryProjectAndFindingWithoutTheSearchBox() throws IOException {
        assumeTrue(chineseFont(), "没有中文字体（apt-get install -y fonts-noto-cjk；.ci/run 会先安装），跳过打印测试");
        open(group.resolve("审核报告.html"));
        byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertFalse(text.contains("查找项目"), "the search box is not printed");
            for (WebElement section : browser.findElements(By.cssSelector("section.project"))) {
                String name = section.getAttribute("data-name").replaceAll("\\s+", "");
                assertTrue(text.contains(name), name);
            }
            assertTrue(text.contains("产出指标中没有「成本指标」"));
        }
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static Map<String, Integer> bars(String css) {
        Map<String, Integer> m = new TreeMap<>();
        for (WebElement g : browser.findElements(By.cssSelector(css))) {
            int n = Integer.parseInt(g.getAttribute("data-count"));
            if (n > 0) {
                m.put(g.getAttribute("data-label"), n);
            }
        }
        return m;
    }

    private static List<String> visibleProjects() {
        return browser.findElements(By.cssSelector("section.project")).stream().filter(WebElement::isDisplayed)
                .map(s -> s.getAttribute("data-name")).toList();
    }

    /** 审核意见表.xlsx's data rows, each as its nine cells' text. */
    static List<List<String>> sheetRows() throws IOException {
        try (InputStream in = Files.newInputStream(group.resolve("审核意见表.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("审核意见");
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
