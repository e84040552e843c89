package org.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.csv.TidyCsv;
import org.budgetkit.io.csv.WideCsv;
import org.budgetkit.io.fdp.FiscalDataPackage;
import org.budgetkit.io.json.BudgetJson;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.fact.Fact;
import org.budgetkit.model.fact.FactSet;
import org.budgetkit.model.sample.PingshanPetitionBureau2023;
import org.junit.jupiter.api.Test;

/**
 * Feeds every reader a few hundred generated malformed inputs: valid outputs (the seed, random
 * documents) broken by one mutation that no valid input survives — a malformed or over-long
 * number, an unknown code, a ragged row, a blank line, a repeated fact, a broken header, an
 * unterminated quote, bytes that are neither UTF-8 nor GB18030, a truncated or mistyped JSON
 * value, an unknown field, a megabyte-long or {@code 1e999999999} number. Each must end in a
 * {@link BudgetFormatException} with a line number, within a second.
 */
class MalformedInputTest {
    private static final int CASES = 300;
    private static final Document SEED = PingshanPetitionBureau2023.document();
    private static final FactSet SEED_FACTS = FactSet.of(SEED.facts().asList().subList(0, 60));
    private static final String[] BAD_NUMBERS = {"1e5", "1E+2", "1e999999999", "1.", ".5", "+1", "--1", "007", "-0",
        "NaN", "Infinity", "1 877", "１８７７", "0x10", "1.2.3", "'1", "", "9".repeat(1 << 20), "9".repeat(41)};
    /** Not a figure as disclosures print it either ({@code +1}, {@code -0} and full-width digits are). */
    private static final String[] BAD_FIGURES = {"1e5", "1E+2", "1e999999999", "1.", ".5", "--1", "007", "NaN",
        "Infinity", "1 877", "0x10", "1.2.3", "'1", "(1", "1)", "9".repeat(1 << 20), "9".repeat(41), "1,87"};
    private static final String[] BAD_CODES = {"2031", "abc", "30101x", "99", "２０１"};
    private static final String MEGABYTE = "9".repeat(1 << 20);

    /** A case: the broken input and what was done to it. */
    private record Case(String what, byte[] bytes) {
    }

    private static void assertRefused(Case c, Consumer<byte[]> reader) {
        BudgetFormatException[] thrown = new BudgetFormatException[1];
        RuntimeException[] other = new RuntimeException[1];
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            try {
                reader.accept(c.bytes());
            } catch (BudgetFormatException e) {
                thrown[0] = e;
            } catch (RuntimeException e) {
                other[0] = e;
            }
        }, c.what());
        assertThat(other[0]).as(c.what()).isNull();
        assertThat(thrown[0]).as(c.what() + ": a BudgetFormatException").isNotNull();
        assertThat(thrown[0].line()).as(c.what() + ": " + thrown[0].getMessage()).isPositive();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ CSV mutations

    /** Breaks one CSV of single-line records whose fields hold no comma or quote. */
    private static Case breakCsv(List<String> lines, int headerLine, int amountColumn, int[] codeColumns,
            int[] countColumns, SplittableRandom r) {
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            rows.add(new ArrayList<>(Arrays.asList(l.split(",", -1))));
        }
        int first = headerLine + 1;
        int row = first + r.nextInt(rows.size() - first);
        List<String> target = rows.get(row);
        String what;
        int kind = r.nextInt(15);
        switch (kind) {
            case 0 -> {
                int column = amountColumn >= 0 ? amountColumn : firstFigure(target, r);
                String[] bads = amountColumn >= 0 ? BAD_NUMBERS : BAD_FIGURES;
                String bad = bads[r.nextInt(bads.length)];
                target.set(column, bad);
                what = "number " + abbreviate(bad) + " at line " + (row + 1);
            }
            case 1 -> {
                int column = codeColumns[r.nextInt(codeColumns.length)];
                String bad = BAD_CODES[r.nextInt(BAD_CODES.length)];
                target.set(column, bad);
                what = "code " + bad + " in column " + (column + 1) + " at line " + (row + 1);
            }
            case 2 -> {
                target.remove(target.size() - 1);
                what = "a field fewer at line " + (row + 1);
            }
            case 3 -> {
                target.add("extra");
                what = "a field more at line " + (row + 1);
            }
            case 4 -> {
                rows.add(row + 1, new ArrayList<>(List.of("")));
                what = "blank line after line " + (row + 1);
            }
            case 5 -> {
                rows.add(row + 1, new ArrayList<>(target));
                what = "line " + (row + 1) + " twice";
            }
            case 6 -> {
                List<String> header = rows.get(headerLine);
                int column = r.nextInt(header.size());
                header.set(column, "column" + column);
                what = "header column " + (column + 1) + " renamed";
            }
            case 7 -> {
                List<String> header = rows.get(headerLine);
                header.remove(r.nextInt(header.size()));
                what = "header column removed";
            }
            case 8 -> {
                int column = r.nextInt(target.size());
                target.set(column, "\"" + target.get(column));
                what = "unterminated quote at line " + (row + 1);
            }
            case 9 -> {
                int column = countColumns[r.nextInt(countColumns.length)];
                String bad = new String[] {"-1", "x", "1.5", "99999999999", ""}[r.nextInt(5)];
                target.set(column, bad);
                what = "count " + bad + " in column " + (column + 1) + " at line " + (row + 1);
            }
            case 10 -> {
                int column = r.nextInt(target.size());
                target.set(column, MEGABYTE);
                what = "megabyte field at line " + (row + 1);
            }
            case 11 -> {
                StringBuilder text = join(rows);
                byte[] bytes = utf8(text.toString());
                int at = Math.max(0, bytes.length - 1 - r.nextInt(Math.min(bytes.length, 200)));
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) 0xFF;
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                return new Case("byte 0xFF at offset " + at, out);
            }
            case 12 -> {
                String[] empties = {"", "\uFEFF", "\r\n", "\n\n"};
                String e = empties[r.nextInt(empties.length)];
                return new Case("empty input " + Arrays.toString(e.toCharArray()), utf8(e));
            }
            case 13 -> {
                int cut = r.nextInt(Math.max(1, lines.get(headerLine).length()));
                rows.set(headerLine, new ArrayList<>(Arrays.asList(lines.get(headerLine).substring(0, cut).split(",", -1))));
                what = "header cut at " + cut;
            }
            default -> {
                int column = amountColumn >= 0 ? amountColumn : firstFigure(target, r);
                target.set(column, amountColumn >= 0 ? "１" : "１e５");
                what = "full-width digits at line " + (row + 1);
            }
        }
        return new Case(what, utf8(join(rows).toString()));
    }

    private static int firstFigure(List<String> row, SplittableRandom r) {
        for (int i = 15; i < row.size(); i++) {
            if (!row.get(i).isEmpty()) {
                return i;
            }
        }
        return row.size() - 1;
    }

    private static StringBuilder join(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(",", row)).append('\n');
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 10) + "…(" + s.length() + ")" : s;
    }

    @Test
    void tidyCsvReaderRefusesEveryBrokenInput() {
        List<String> lines = TidyCsv.write(SEED_FACTS).lines().toList();
        assertThat(lines).allMatch(l -> l.split(",", -1).length == 19 && !l.contains("\""));
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> assertRefused(
                breakCsv(lines, 0, 10, new int[] {0, 1, 3, 5, 6, 7, 9, 11}, new int[] {17, 18},
                        new SplittableRandom(seed)),
                b -> TidyCsv.read(b, "broken.csv", ReadOptions.defaults())));
    }

    @Test
    void wideCsvReaderRefusesEveryBrokenInput() {
        List<List<String>> tables = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : WideCsv.writeAll(SEED).entrySet()) {
            if (!f.getKey().equals("表6")) {
                tables.add(new String(f.getValue(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<String> lines = tables.get(r.nextInt(tables.size()));
            int width = lines.get(1).split(",", -1).length;
            int[] counts = {3, 4};
            assertRefused(breakCsv(lines, 1, -1, new int[] {5, 6, 8, 9, 10, 11, 12, 14}, counts, r), b -> {
                Document.Builder builder = Document.builder(SEED.department().name(), SEED.year(), SEED.phase());
                WideCsv.read(b, "broken.csv", builder, ReadOptions.defaults());
            });
            assertThat(width).isGreaterThan(15);
        });
    }

    @Test
    void fiscalDataPackageReaderRefusesEveryBrokenInput() {
        Map<String, byte[]> files = FiscalDataPackage.export(SEED);
        List<String> lines = new String(files.get(FiscalDataPackage.DATA), StandardCharsets.UTF_8).lines().limit(61)
                .toList();
        byte[] descriptor = files.get(FiscalDataPackage.DESCRIPTOR);
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> assertRefused(
                breakCsv(lines, 0, 27, new int[] {2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 23}, new int[] {34, 35},
                        new SplittableRandom(seed)),
                b -> FiscalDataPackage.read(descriptor, b, "broken.csv", ReadOptions.defaults())));
    }

    // ------------------------------------------------------------------ JSON mutations

    private static final Pattern VALUE = Pattern.compile("\"value\": \"[^\"]*\"");
    private static final Pattern DECIMALS = Pattern.compile("\"decimals\": [-0-9]+");
    private static final Pattern FIELD = Pattern.compile("\n( +)\"([a-zA-Z_0-9]+)\": ");
    private static final Pattern CODE = Pattern.compile("\"(flow|function|fund_source|year|unit|nature)\": \"[^\"]*\"");

    private static String replaceNth(String text, Pattern p, SplittableRandom r, String replacement) {
        Matcher m = p.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
        }
        if (at.isEmpty()) {
            return null;
        }
        int[] x = at.get(r.nextInt(at.size()));
        return text.substring(0, x[0]) + replacement.replace("$0", text.substring(x[0], x[1])) + text.substring(x[1]);
    }

    /** Breaks a budgetkit JSON text (pretty-printed, strings without braces or escapes around mutations). */
    private static Case breakJson(String json, SplittableRandom r) {
        int kind = r.nextInt(12);
        String out;
        String what;
        switch (kind) {
            case 0 -> {
                String[] bad = {"1877", "1e999999999", "\"1e5\"", "\"1,877\"", "\"\"", "null", "\"" + MEGABYTE + "\"",
                    MEGABYTE, "\"１\"", "true", "{}", "[]"};
                String b = bad[r.nextInt(bad.length)];
                out = replaceNth(json, VALUE, r, "\"value\": " + b);
                what = "value " + abbreviate(b);
            }
            case 1 -> {
                String[] bad = {"0.5", "31", "\"2\"", "-31", "null", "1e2", "99999999999"};
                String b = bad[r.nextInt(bad.length)];
                out = replaceNth(json, DECIMALS, r, "\"decimals\": " + b);
                what = "decimals " + b;
            }
            case 2 -> {
                String b = BAD_CODES[r.nextInt(BAD_CODES.length)];
                out = replaceNth(json, CODE, r, "\"flow\": \"" + b + "\"");
                what = "code " + b;
            }
            case 3 -> {
                out = replaceNth(json, FIELD, r, "\n\"x\": 1,$0");
                what = "unknown field";
            }
            case 4 -> {
                // A scalar field every object of its kind must have (coordinates may leave dimensions out).
                Matcher m = Pattern.compile("\n +\"(value|decimals|source|table|row|column|line|page|kind|subject|"
                        + "sentence|label|code|text|number|title|template|countUnit|direction|count|level1|target)\": "
                        + "[^\n{\\[]*\n").matcher(json);
                List<int[]> lines = new ArrayList<>();
                while (m.find(lines.isEmpty() ? 0 : lines.get(lines.size() - 1)[1] - 1)) {
                    lines.add(new int[] {m.start(), m.end() - 1});
                }
                if (lines.isEmpty()) {
                    out = null;
                    what = "";
                } else {
                    int[] x = lines.get(r.nextInt(lines.size()));
                    out = json.substring(0, x[0]) + json.substring(x[1]);
                    what = "field dropped: " + abbreviate(json.substring(x[0], x[1]).strip());
                }
            }
            case 5 -> {
                int cut = r.nextInt(json.length());
                out = json.substring(0, cut);
                what = "cut at " + cut;
            }
            case 6 -> {
                out = replaceNth(json, Pattern.compile("\"(line|page)\": [0-9]+"), r, "\"line\": \"1\"");
                what = "a line as a string";
            }
            case 7 -> {
                String[] whole = {"", "\uFEFF", "null", "[] []", "{", "[" + "[".repeat(5_000), "\"text\"", "1e999999999"};
                out = whole[r.nextInt(whole.length)];
                what = "input " + abbreviate(out);
            }
            case 8 -> {
                out = replaceNth(json, Pattern.compile("\"unit\": \"(元|千元|万元|亿元)\""), r, "\"unit\": \"美元\"");
                what = "unit 美元";
            }
            case 9 -> {
                byte[] bytes = utf8(json);
                int at = r.nextInt(bytes.length);
                byte[] broken = Arrays.copyOf(bytes, bytes.length + 1);
                System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
                broken[at] = (byte) 0xFF;
                return new Case("byte 0xFF at " + at, broken);
            }
            case 10 -> {
                out = replaceNth(json, FIELD, r, "$0$0");
                what = "field name twice";
            }
            default -> {
                out = replaceNth(json, VALUE, r, "$0, \"value\": \"1\"");
                what = "value twice";
            }
        }
        if (out == null) {
            out = json.substring(0, json.length() / 2);
            what = "cut in half";
        }
        return new Case(what, utf8(out));
    }

    @Test
    void jsonFactReaderRefusesEveryBrokenInput() {
        String json = BudgetJson.write(SEED_FACTS);
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Case c = r.nextInt(10) == 0 ? duplicated(r) : breakJson(json, r);
            assertRefused(c, b -> BudgetJson.readFacts(b, "broken.json", ReadOptions.defaults()));
        });
    }

    private static Case duplicated(SplittableRandom r) {
        List<Fact> facts = new ArrayList<>(SEED_FACTS.asList());
        facts.add(r.nextInt(facts.size() + 1), facts.get(r.nextInt(facts.size())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetJson.write(FactSet.of(facts), out);
        return new Case("a fact twice", out.toByteArray());
    }

    @Test
    void jsonDocumentReaderRefusesEveryBrokenInput() {
        List<String> documents = new ArrayList<>();
        for (long seed = 1; documents.size() < 8; seed++) {
            Document d = RandomDocuments.document(seed, false);
            if (!d.tables().isEmpty() && d.facts().size() > 5 && !d.claims().isEmpty()) {
                documents.add(BudgetJson.write(d));
            }
        }
        qt().withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String json = documents.get(r.nextInt(documents.size()));
            Case c = switch (r.nextInt(14)) {
                case 0 -> new Case("version 2", utf8(json.replace("\"version\": 1", "\"version\": 2")));
                case 1 -> new Case("unknown template", utf8(json.replaceFirst("\"template\": \"[^\"]*\"",
                        "\"template\": \"shenzhen/none\"")));
                case 2 -> new Case("phase", utf8(json.replaceFirst("\"phase\": \"[A-Z_]*\"", "\"phase\": \"预算\"")));
                case 3 -> new Case("blank department", utf8(json.replaceFirst("\"department\": \"[^\"]*\"",
                        "\"department\": \" \"")));
                case 4 -> new Case("kind", utf8(json.replaceFirst("\"kind\": \"[A-Z_]*\"", "\"kind\": \"OTHER\"")));
                default -> breakJson(json, r);
            };
            assertRefused(c, b -> BudgetJson.readDocument(b, "broken.json", ReadOptions.defaults()));
        });
    }
}
