package org.perftargets.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.perftargets.model.ReviewPoint;

/**
 * The review rules' settings, from {@code review.properties} beside the templates (documented
 * there, in Chinese, for the office that tunes them): the bundled file gives every default, and
 * an office's file in the templates folder overrides the keys it sets.
 */
public record ReviewSettings(
        Set<ReviewPoint> skipped,
        BigDecimal quantifiedMinPercent,
        List<String> vagueWords,
        List<String> requiredLevel2,
        BigDecimal satisfactionMinPercent,
        boolean satisfaction100,
        Map<String, List<String>> misfiled,
        List<String> goalUnits,
        Map<String, String> sameUnits,
        Map<String, BigDecimal> moneyUnits,
        BigDecimal fundsChangePercent) {

    public static final String FILE = "review.properties";
    private static final String MISFILED_PREFIX = "归类.";

    /** A setting that cannot be understood: the message names the file, the key and what to write. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    /** The bundled defaults. */
    public static ReviewSettings defaults() {
        return from(bundled(), "内置审核设置");
    }

    /** The bundled defaults, overridden by {@code dir/review.properties} where that file exists. */
    public static ReviewSettings load(Path dir) {
        Properties p = bundled();
        String origin = "内置审核设置";
        Path file = dir == null ? null : dir.resolve(FILE);
        if (file != null && Files.isRegularFile(file)) {
            Properties own = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                own.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new Invalid("审核设置文件 " + file + " 无法读取（" + e.getMessage() + "）。请用 UTF-8 编码保存，或删除该文件以使用内置设置");
            }
            // A key left blank keeps the default, except 不审核, where blank means "review everything".
            own.forEach((k, v) -> {
                if (!String.valueOf(v).isBlank() || k.equals("不审核")) {
                    p.put(k, v);
                }
            });
            origin = file.toString();
        }
        return from(p, origin);
    }

    static Properties bundled() {
        Properties p = new Properties();
        try (InputStream in = ReviewSettings.class.getClassLoader().getResourceAsStream("templates/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("程序内置的 templates/" + FILE + " 缺失");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    static ReviewSettings from(Properties p, String origin) {
        Settings s = new Settings(p, origin);
        Set<ReviewPoint> skipped = EnumSet.noneOf(ReviewPoint.class);
        for (String name : s.list("不审核")) {
            ReviewPoint point = Arrays.stream(ReviewPoint.values()).filter(r -> r.label().equals(name)).findFirst()
                    .orElseThrow(() -> new Invalid(origin + "：「不审核」中的「" + name + "」不是审核要点的名称。可写："
                            + String.join("、", Arrays.stream(ReviewPoint.values()).map(ReviewPoint::label).toList())));
            skipped.add(point);
        }
        Map<String, List<String>> misfiled = new LinkedHashMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(MISFILED_PREFIX)).sorted(ReviewSettings::misfiledOrder)
                .forEach(k -> misfiled.put(k.substring(MISFILED_PREFIX.length()).strip(), s.list(k)));
        Map<String, String> same = new LinkedHashMap<>();
        for (String pair : s.list("同义单位")) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new Invalid(origin + "：「同义单位」中的「" + pair + "」应写成 单位=单位，如 名=人");
            }
            same.put(unit(parts[0]), unit(parts[1]));
        }
        Map<String, BigDecimal> money = new LinkedHashMap<>();
        for (String pair : s.list("金额单位")) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new Invalid(origin + "：「金额单位」中的「" + pair + "」应写成 单位=折合多少元，如 万元=10000");
            }
            money.put(unit(parts[0]), s.number("金额单位", parts[1]));
        }
        List<String> units = new ArrayList<>(s.list("目标数量单位"));
        units.sort((a, b) -> Integer.compare(b.length(), a.length())); // 万件 before 件, 人次 before 人
        return new ReviewSettings(skipped, s.number("量化指标比例下限"), s.list("模糊用语"), s.list("应有二级指标"),
                s.number("满意度下限"), s.yesNo("满意度100提出"), misfiled, units, same, money, s.number("资金变动幅度"));
    }

    /** The misfiling table in the order the 二级 stand in the framework, then by name. */
    private static int misfiledOrder(String a, String b) {
        List<String> order = List.of("数量指标", "质量指标", "时效指标", "成本指标", "满意度指标");
        int ia = order.indexOf(a.substring(MISFILED_PREFIX.length()));
        int ib = order.indexOf(b.substring(MISFILED_PREFIX.length()));
        ia = ia < 0 ? order.size() : ia;
        ib = ib < 0 ? order.size() : ib;
        return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
    }

    /** A unit as compared: folded (full-width forms, case), so {@code TB} and {@code tb} are one. */
    static String unit(String u) {
        return Fold.text(u).toLowerCase(Locale.ROOT);
    }

    /** The unit the target's unit counts as (名 → 人). */
    String canonicalUnit(String u) {
        String f = unit(u);
        return sameUnits.getOrDefault(f, f);
    }

    public boolean reviews(ReviewPoint point) {
        return !skipped.contains(point);
    }

    private record Settings(Properties p, String origin) {
        String raw(String key) {
            String v = p.getProperty(key);
            if (v == null) {
                throw new Invalid(origin + "：缺少「" + key + "」。请补上这一行，或删除该文件以使用内置设置");
            }
            return v.strip();
        }

        List<String> list(String key) {
            return Arrays.stream(raw(key).split("[,，、;；\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        }

        BigDecimal number(String key) {
            return number(key, raw(key));
        }

        BigDecimal number(String key, String text) {
            try {
                BigDecimal b = new BigDecimal(Fold.text(text).replace("%", ""));
                if (b.signum() < 0) {
                    throw new NumberFormatException();
                }
                return b;
            } catch (NumberFormatException e) {
                throw new Invalid(origin + "：「" + key + "」的值「" + text + "」不是数字。请写一个不小于 0 的数，如 50");
            }
        }

        boolean yesNo(String key) {
            String v = raw(key);
            if (List.of("是", "提出", "true", "yes").contains(v)) {
                return true;
            }
            if (List.of("否", "不提出", "false", "no").contains(v)) {
                return false;
            }
            throw new Invalid(origin + "：「" + key + "」的值「" + v + "」应为 是 或 否");
        }
    }
}
