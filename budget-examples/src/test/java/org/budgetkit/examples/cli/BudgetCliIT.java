package org.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: runs the packaged {@code target/budget.jar} as a new user would, in a separate
 * process, and checks output and exit status as DESIGN.md specifies (0: no error finding; 1: an
 * error finding; 2: unusable input or arguments, one line on standard error, no stack trace).
 */
class BudgetCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("source", "department", "year", "phase", "facts",
            "findings");
    private static final Set<String> FINDING_FIELDS = Set.of("rule", "severity", "verdict", "table", "row", "column",
            "code", "message", "expected", "actual", "tolerance");

    record Run(int status, String out, String err) {
    }

    static Run budget(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("budget.jar", "target/budget.jar"));
        assertThat(jar).as("the packaged command line").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Path examples() {
        return Path.of(System.getProperty("budgetkit.examples", "../../shared/examples"));
    }

    static void assertOneLineError(Run run) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).as("one line on stderr").hasSize(1);
        assertThat(run.err()).startsWith("budget: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void auditsTheBundledExampleWithoutErrors() throws Exception {
        Run run = budget("audit", "--lang", "en");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("深圳市坪山区信访局 2023 budget")
                .contains("705 facts in 12 tables")
                .contains("73 narrative claims")
                // 表1: 1,592 + 79 + 18 + 187 = 1,876 against 1,877 is within rounding, not an error.
                .contains("(1,592 + 79 + 18 + 187 = 1,876): consistent within rounding")
                .contains("reclassified.function")
                .contains("Total: 0 errors, 2 warnings");
    }

    @Test
    void speaksChineseWhenAsked() throws Exception {
        Run run = budget("audit", "--lang", "zh", "--severity", "warning");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("合计：0 个错误，2 个警告").contains("科目归类不一致").doesNotContain("sum.function");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        Run run = budget("audit", "--format", "json", "--lang", "en");
        assertThat(run.status()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertShape(root);
        JsonNode doc = root.get("documents").get(0);
        assertThat(doc.get("department").asText()).isEqualTo("深圳市坪山区信访局");
        assertThat(doc.get("year").asInt()).isEqualTo(2023);
        assertThat(doc.get("phase").asText()).isEqualTo("budget");
        assertThat(doc.get("facts").asInt()).isEqualTo(705);
        boolean found = false;
        for (JsonNode f : doc.get("findings")) {
            if (f.get("rule").asText().equals("sum.function") && "表1".equals(f.get("table").asText())) {
                assertThat(f.get("expected").asText()).isEqualTo("1876");
                assertThat(f.get("actual").asText()).isEqualTo("1877");
                assertThat(f.get("tolerance").asText()).isEqualTo("2.5");
                assertThat(f.get("verdict").asText()).isEqualTo("within-rounding");
                assertThat(f.get("severity").asText()).isEqualTo("info");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    /** DESIGN.md: {"documents":[{source, department, year, phase, facts, findings:[{…}]}]}, amounts as decimal strings. */
    static void assertShape(JsonNode root) {
        assertThat(fields(root)).containsExactly("documents");
        assertThat(root.get("documents").isArray()).isTrue();
        for (JsonNode doc : root.get("documents")) {
            Set<String> names = Set.copyOf(fields(doc));
            if (doc.has("error")) {
                assertThat(doc.get("error").isTextual()).isTrue();
                assertThat(names).isEqualTo(union(DOCUMENT_FIELDS, Set.of("error")));
            } else {
                assertThat(names).isEqualTo(DOCUMENT_FIELDS);
                assertThat(doc.get("department").isTextual()).isTrue();
                assertThat(doc.get("year").isInt()).isTrue();
                assertThat(doc.get("phase").asText()).isIn("budget", "final-account");
                assertThat(doc.get("facts").isInt()).isTrue();
            }
            assertThat(doc.get("source").isTextual()).isTrue();
            for (JsonNode f : doc.get("findings")) {
                assertThat(Set.copyOf(fields(f))).isEqualTo(FINDING_FIELDS);
                assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
                assertThat(f.get("verdict").asText()).isIn("exact", "within-rounding", "inconsistent");
                assertThat(f.get("rule").asText()).matches("[a-z]+(\\.[a-z-]+)*");
                assertThat(f.get("message").isTextual()).isTrue();
                for (String field : List.of("table", "row", "column", "code")) {
                    assertThat(f.get(field).isNull() || f.get(field).isTextual()).as(field).isTrue();
                    assertThat(f.get(field).isTextual() && f.get(field).asText().isEmpty()).as(field).isFalse();
                }
                for (String field : List.of("expected", "actual", "tolerance")) {
                    JsonNode v = f.get(field);
                    assertThat(v.isNull() || v.isTextual()).as(field + " is a string or null").isTrue();
                    if (v.isTextual()) {
                        assertThat(v.asText()).as(field).matches("-?[0-9]+(\\.[0-9]+)?");
                    }
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void aMissingFileIsOneLineAndStatusTwo() throws Exception {
        Run run = budget("audit", "no-such-disclosure.pdf");
        assertOneLineError(run);
        assertThat(run.err()).contains("no-such-disclosure.pdf").contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nonsenseTextIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        Path nonsense = dir.resolve("nonsense.txt");
        Files.writeString(nonsense, "the quick brown fox\njumps over 12 lazy dogs\n", StandardCharsets.UTF_8);
        Run run = budget("audit", nonsense.toString());
        assertOneLineError(run);
        assertThat(run.err()).contains("nonsense.txt").contains("not a department budget");
    }

    @Test
    void anEmptyFileIsOneLineAndStatusTwo(@TempDir Path dir) throws Exception {
        for (String name : List.of("empty.txt", "empty.pdf", "empty.csv", "empty.json")) {
            Path empty = dir.resolve(name);
            Files.write(empty, new byte[0]);
            Run run = budget("audit", empty.toString());
            assertOneLineError(run);
            assertThat(run.err()).contains(name);
        }
    }

    @Test
    void badArgumentsAreOneLineAndStatusTwo() throws Exception {
        assertOneLineError(budget("audit", "--format", "xml"));
        assertOneLineError(budget("audit", "--lang", "fr"));
        assertOneLineError(budget("audit", "--severity", "fatal"));
        assertOneLineError(budget("frobnicate"));
        assertOneLineError(budget("extract"));
        assertOneLineError(budget("convert", "only-one-argument.csv"));
    }

    @Test
    void extractedCsvConvertsToJsonAndBackByteForByte(@TempDir Path dir) throws Exception {
        Run csv = budget("extract", seedText(dir).toString());
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("unit,flow,year,function,economic");
        Path a = dir.resolve("a.csv");
        Files.writeString(a, csv.out(), StandardCharsets.UTF_8);
        assertThat(budget("convert", a.toString(), dir.resolve("b.json").toString()).status()).isZero();
        assertThat(budget("convert", dir.resolve("b.json").toString(), dir.resolve("c.csv").toString()).status())
                .isZero();
        assertThat(Files.readAllBytes(dir.resolve("c.csv"))).isEqualTo(Files.readAllBytes(a));
        assertThat(budget("convert", a.toString(), dir.resolve("fdp").toString()).status()).isZero();
        assertThat(dir.resolve("fdp").resolve("datapackage.json")).exists();
        assertThat(budget("convert", dir.resolve("fdp").toString(), dir.resolve("d.csv").toString()).status())
                .isZero();
        assertThat(Files.readAllBytes(dir.resolve("d.csv"))).isEqualTo(Files.readAllBytes(a));
        Run audit = budget("audit", a.toString(), "--severity", "error");
        assertThat(audit.status()).as(audit.out()).isZero();
    }

    /** The seed's text as a file, as a user would have it (the jar bundles it as a resource). */
    private static Path seedText(Path dir) throws IOException {
        Path text = dir.resolve("shenzhen-pingshan-petition-bureau-2023-budget.txt");
        try (var in = org.budgetkit.model.sample.PingshanPetitionBureau2023.openText()) {
            Files.write(text, in.readAllBytes());
        }
        return text;
    }

    @Test
    void treePrintsTheFunctionTree() throws Exception {
        Run run = budget("tree");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("  201 一般公共服务支出 1,592 万元").contains("      2010308 信访事务 672 万元");
    }

    @Test
    void auditsEveryExamplePdfAndADirectoryOfThem() throws Exception {
        Path dir = examples();
        assumeTrue(Files.isDirectory(dir), "real disclosures not found at " + dir.toAbsolutePath()
                + " (set -Dbudgetkit.examples): skipped");
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).isNotEmpty();
        for (Path pdf : pdfs) {
            Run run = budget("audit", "--format", "json", pdf.toString());
            assertThat(run.status()).as(pdf + ": " + run.err()).isIn(0, 1);
            JsonNode root = JSON.readTree(run.out());
            assertShape(root);
            boolean errors = false;
            for (JsonNode f : root.get("documents").get(0).get("findings")) {
                errors |= f.get("severity").asText().equals("error");
            }
            assertThat(run.status()).as(pdf + ": status 1 exactly when a finding is an error").isEqualTo(errors ? 1 : 0);
        }
        Run all = budget("audit", dir.toString());
        assertThat(all.status()).isIn(0, 1);
        assertThat(all.err().lines().filter(l -> l.matches("\\[\\d+/\\d+\\] .*"))).hasSize(pdfs.size());
        assertThat(all.out()).contains("Summary").contains("errors  warnings  infos");
        for (Path pdf : pdfs) {
            assertThat(all.out()).contains(pdf.getFileName().toString());
        }
    }
}
