package org.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkit.io.disclosure.DisclosureReader;
import org.budgetkit.io.disclosure.NarrativeLine;
import org.budgetkit.io.disclosure.ReadResult;
import org.budgetkit.model.classification.FunctionCode;
import org.budgetkit.model.dimension.Dimension;
import org.budgetkit.model.dimension.SpecialItem;
import org.budgetkit.model.document.Claim;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.testing.ExampleFiles;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Reconciler;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;
import org.budgetkit.rules.change.ClaimCheck;
import org.budgetkit.rules.change.ClaimChecker;
import org.junit.jupiter.api.Test;

/**
 * The whole audit on the eight real disclosures of {@code shared/examples}: each PDF read,
 * its tables reconciled, its narrative's claims checked. Found through the system property
 * {@code budgetkit.examples} (or the environment variable {@code BUDGETKIT_EXAMPLES}), else in a
 * {@code shared/examples} folder of the module directory or one of its parents (the repository
 * root's {@code ../shared/examples}); every test is skipped with a message when it is absent.
 *
 * <p>For each file: no reconciliation error; every claim error is one of the document's own
 * mistakes, listed below with the sentence and the figures (verified by hand from the text of
 * the PDF, {@code pdftotext -layout}); the number of claims (counted by hand from the claim list
 * against the text); and, independently of the extractor, every amount, percent and count the
 * narrative prints is carried by exactly one claim, but for the figures listed as no claim
 * (chart labels, completion rates). A few claims that used to be compared with the document's
 * total are pinned to the table figure they really restate, read off the page.
 */
class ExamplesAuditTest {
    private static final Path EXAMPLES = ExampleFiles.folder();
    private static final Map<String, Audit> AUDITS = new HashMap<>();

    /** One file read, reconciled and checked (once per test run). */
    private record Audit(ReadResult read, List<Finding> reconciliationErrors, List<ClaimCheck> checks) {
        Document document() {
            return read.document();
        }

        List<Finding> claimErrors() {
            List<Finding> out = new ArrayList<>();
            for (Finding f : ClaimChecker.findings(document())) {
                if (f.severity() == Severity.ERROR) {
                    out.add(f);
                }
            }
            return out;
        }

        /** The check of the claim of this line whose subject contains {@code subject} (the first one). */
        ClaimCheck claim(int line, String subject) {
            return checks.stream().filter(c -> c.claim().line() == line && c.claim().subject().contains(subject))
                    .findFirst().orElseThrow(() -> new AssertionError("no claim “" + subject + "” at line " + line));
        }
    }

    private static synchronized Audit audit(String file) {
        Path pdf = EXAMPLES.resolve(file);
        assumeTrue(Files.isRegularFile(pdf), "example " + pdf + " absent: skipped (set -Dbudgetkit.examples=DIR)");
        return AUDITS.computeIfAbsent(file, f -> {
            ReadResult r = DisclosureReader.standard().readPdf(pdf);
            return new Audit(r, Reconciler.standard().reconcile(r.document()).findings(Severity.ERROR),
                    ClaimChecker.check(r.document()));
        });
    }

    /**
     * A claim error the document really makes: its rule, line, subject, the figure it prints
     * ({@link Finding#actual()}) and what its own figures give ({@link Finding#expected()}),
     * computed here from the printed inputs.
     */
    private record Mistake(String rule, int line, String subject, String printed, BigDecimal figures) {
        boolean matches(Finding f) {
            return f.rule().equals(rule) && f.location().line() == line && f.location().row().equals(subject)
                    && f.actual().map(a -> a.compareTo(new BigDecimal(printed)) == 0).orElse(false)
                    && f.expected().map(e -> scale(e).compareTo(scale(figures)) == 0).orElse(false);
        }

        private static BigDecimal scale(BigDecimal v) {
            return v.setScale(4, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return rule + " line " + line + " “" + subject + "” " + printed + " vs " + scale(figures);
        }
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** (current − prior) / prior in percent. */
    private static BigDecimal growth(String current, String prior) {
        return d(current).subtract(d(prior)).divide(d(prior), MathContext.DECIMAL64).multiply(d("100"));
    }

    /** part / whole in percent. */
    private static BigDecimal share(String part, String whole) {
        return d(part).divide(d(whole), MathContext.DECIMAL64).multiply(d("100"));
    }

    private static void assertAudit(Audit a, int claims, List<Mistake> mistakes, String... notClaims) {
        assertThat(a.reconciliationErrors()).as("reconciliation errors").isEmpty();
        List<Finding> errors = a.claimErrors();
        List<String> unexplained = new ArrayList<>();
        for (Finding f : errors) {
            if (mistakes.stream().noneMatch(m -> m.matches(f))) {
                unexplained.add(f.message(java.util.Locale.ENGLISH));
            }
        }
        assertThat(unexplained).as("claim errors that are not the document's listed mistakes").isEmpty();
        for (Mistake m : mistakes) {
            assertThat(errors).as("the document's mistake " + m).anyMatch(m::matches);
        }
        assertThat(a.document().allClaims()).as("claims").hasSize(claims);
        assertThat(a.checks()).hasSize(claims);
        assertFiguresAreClaimed(a, notClaims);
    }

    // ------------------------------------------------------------------------------ oracle

    /** A figure of the narrative: a number and its unit word (万元, %, 人…). */
    private static final Pattern FIGURE = Pattern.compile("(?<![0-9.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*"
            + "(万元|亿元|千元|元|万(?=[，。；、,;]|$)|%|％|台（套）|人次|年度|年|月|日|台|套|人|家|辆|个|项|件|名)");

    /**
     * Every amount, percent and count printed in the narrative, as {@code value+unit} with its
     * number of occurrences, found here with a pattern of its own: years and dates, thresholds
     * ({@code 100万元（含）以上}) and bracketed classification codes ({@code （06款）}) are no claims.
     */
    private static Map<String, Integer> printedFigures(ReadResult r) {
        StringBuilder text = new StringBuilder();
        for (NarrativeLine l : r.narrative()) {
            text.append(l.text().strip());
        }
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String unit = m.group(2);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            String kind;
            if (unit.equals("年") || unit.equals("年度") || unit.equals("月") || unit.equals("日")) {
                continue;
            } else if (unit.endsWith("元") || unit.equals("万")) {
                if (after.matches("\\s*(?:[（(]含[）)])?\\s*(?:以上|以下|以内).*")) {
                    continue;
                }
                kind = unit.equals("元") ? "元" : unit.equals("万") ? "万元" : unit;
            } else if (unit.equals("%") || unit.equals("％")) {
                kind = "%";
            } else {
                if ((before == '（' || before == '(') && (after.startsWith("）") || after.startsWith(")"))) {
                    continue;
                }
                kind = "#";
            }
            out.merge(new BigDecimal(m.group(1).replace(",", "")).stripTrailingZeros().toPlainString() + kind, 1,
                    Integer::sum);
        }
        return out;
    }

    /** The figures the claims carry: amounts, changes, percents and counts. */
    private static Map<String, Integer> claimedFigures(Document doc) {
        Map<String, Integer> out = new TreeMap<>();
        for (Claim c : doc.allClaims()) {
            c.amount().ifPresent(x -> out.merge(plain(x.value()) + x.unit().symbol(), 1, Integer::sum));
            c.change().ifPresent(x -> out.merge(plain(x.value()) + x.unit().symbol(), 1, Integer::sum));
            c.percent().ifPresent(x -> out.merge(plain(x.value()) + "%", 1, Integer::sum));
            c.count().ifPresent(x -> out.merge(plain(x) + "#", 1, Integer::sum));
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static void assertFiguresAreClaimed(Audit a, String... notClaims) {
        Map<String, Integer> printed = printedFigures(a.read());
        for (String n : notClaims) {
            assertThat(printed.merge(n, -1, Integer::sum)).as("a figure said to be no claim: " + n)
                    .isGreaterThanOrEqualTo(0);
        }
        printed.values().removeIf(v -> v == 0);
        assertThat(claimedFigures(a.document())).as("figures carried by claims").isEqualTo(printed);
    }

    // ------------------------------------------------------------------------------ files

    @Test
    void putuoJustice2026() {
        Audit a = audit("putuo-justice-2026-budget.pdf");
        assertAudit(a, 91, List.of(
                // 2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元，比2026年预算增加793.14万元；
                // a 2026 budget compared with 2026: the comparison year must be the previous one, so the
                // text's 2026 is a slip for 2025 (the document prints no 2025 figure to check 793.14 against).
                new Mistake(ClaimChecker.CHANGE, 80, "财政拨款收入", "2026", d("2025")),
                // 支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2026年预算增加793.14万元。
                new Mistake(ClaimChecker.CHANGE, 82, "财政拨款支出预算", "2026", d("2025")),
                // 一般公共预算拨款支出预算9628.22万元，比2026年预算增加793.14万元；
                new Mistake(ClaimChecker.CHANGE, 83, "一般公共预算拨款支出预算", "2026", d("2025")),
                // 政府性基金拨款支出预算0万元，与2026年预算持平；
                new Mistake(ClaimChecker.CHANGE, 83, "政府性基金拨款支出预算", "2026", d("2025")),
                // 国有资本经营预算拨款支出预算0万元，与2026年预算持平。
                new Mistake(ClaimChecker.CHANGE, 84, "国有资本经营预算拨款支出预算", "2026", d("2025")),
                // 6、…其他司法支出（99项）3845.49万元。…2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，
                // 比2025年预算执行数增加17.62%: from 43,269.3 to 3,845.49 is −91.11% (3,845.49 / 3,269.3 would be
                // +17.62%: a stray 4 in the printed figure, one run of text in the PDF, not our reading).
                new Mistake(ClaimChecker.PERCENT, 99, "公共安全支出（204类）司法（06款）其他司法支出（99项）", "17.62",
                        growth("3845.49", "43269.3")),
                // 9、…职业年金缴费支出（06项）91.97万元。…2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，
                // 比2025年预算执行数增加17.66%: 91.97 / 77.99 is +17.93%; 17.66% is the line before's
                // (183.95 / 156.34, 基本养老保险缴费), copied. Prior and current are this sentence's own.
                new Mistake(ClaimChecker.PERCENT, 106,
                        "社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）", "17.66",
                        growth("91.97", "77.99")),
                // 12、…住房公积金（01项）208.8万元。…2025年当年预算执行数为198.34万元，2026年预算安排201.50万元，
                // 比2025年预算执行数增加5.27%: the sentence contradicts its heading (208.8) and 表3 (2210201
                // 住房公积金 2,087,959.00 元); its 5.27% is 208.8 / 198.34, its own 201.50 / 198.34 is 1.59%.
                // One slip (201.50 for 208.80), two inconsistencies of the printed sentence.
                new Mistake(ClaimChecker.AMOUNT, 113, "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）", "201.50",
                        d("208.7959")),
                new Mistake(ClaimChecker.PERCENT, 113, "住房保障支出（221类）住房改革支出（02款）住房公积金（01项）", "5.27",
                        growth("201.50", "198.34"))));
        // 1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元 = 表3 2040601 行政运行 16,726,725.44 元, and
        // the sentence after it (2025年当年预算执行数为…) speaks of the same item.
        ClaimCheck head = a.claim(87, "行政运行（01项）");
        assertThat(head.claim().coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2040601"));
        assertThat(head.verdict()).contains(Verdict.EXACT);
        assertThat(a.claim(88, "行政运行（01项）").claim().coordinates().get(Dimension.FUNCTION))
                .contains(FunctionCode.parse("2040601"));
        // 2026年“三公”经费预算数为10.81万元 against 表9, which prints it for 财政拨款 only.
        assertThat(a.claim(293, "三公").verdict()).contains(Verdict.EXACT);
        // 本部门面向中小企业预留政府采购项目预算金额1486.42万元: an item of its own, not the total; no table prints it.
        ClaimCheck sme = a.claim(303, "面向中小企业");
        assertThat(sme.claim().coordinates().get(Dimension.ITEM)).contains(SpecialItem.PROCUREMENT_SME);
        assertThat(sme.isCheckable()).isFalse();
        // 部门预算安排购置单价100万元（含）以上设备: a threshold, no amount claim.
        assertThat(a.document().allClaims()).noneMatch(c -> c.line() == 313 && c.amount().isPresent());
    }

    @Test
    void putuoWanli2025() {
        Audit a = audit("putuo-wanli-subdistrict-2025-budget.pdf");
        assertAudit(a, 90, List.of());
        // 8. “公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）”科目257.80万元 = 表3 2049999 2,578,025 元.
        ClaimCheck safety = a.claim(79, "其他公共安全支出");
        assertThat(safety.claim().coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2049999"));
        assertThat(safety.verdict()).contains(Verdict.EXACT);
        // 1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”科目43.83万元 = 2010507 438,300 元: names the
        // document's own tables print with their codes.
        ClaimCheck census = a.claim(70, "专项普查活动");
        assertThat(census.claim().coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("2010507"));
        assertThat(census.verdict()).contains(Verdict.EXACT);
        // 21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元: no such path (the tables print
        // 21007 计划生育事务 as a 款, 2100717 计划生育服务 under it): not bound, not checkable.
        assertThat(a.claim(98, "计划生育事务").claim().coordinates().isEmpty()).isTrue();
        // 第一季度用款计划15万元…: restates nothing in the tables.
        assertThat(a.checks()).filteredOn(c -> c.claim().line() == 492).hasSize(4)
                .allSatisfy(c -> assertThat(c.isCheckable()).isFalse());
        // 面向中小企业 1928.48, 其中 小型和微型企业 1349.94: "of which", not summed.
        assertThat(a.claim(456, "小型和微型企业").claim().coordinates().get(Dimension.ITEM))
                .contains(SpecialItem.PROCUREMENT_SMALL_MICRO);
    }

    @Test
    void putuoCommerce2025() {
        Audit a = audit("putuo-commerce-2025-budget.pdf");
        assertAudit(a, 85, List.of());
        // 1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元 = 表3 2011301.
        assertThat(a.claim(116, "商贸事务").claim().coordinates().get(Dimension.FUNCTION))
                .contains(FunctionCode.parse("2011301"));
        assertThat(a.claim(116, "商贸事务").verdict()).contains(Verdict.EXACT);
        // 2025年度项目总预算2921.00万，其中支持外贸发展370.00万，支持商销稳增长30.00万，区级支持总部经济1106.00万，
        // 市级支持总部经济1262.00万，进博会推进专项153.00万，合计2921.00万: 370 + 30 + 1106 + 1262 + 153 = 2921,
        // 稳增长 being a name, not a change.
        ClaimCheck trade = a.claim(435, "项目总预算");
        assertThat(trade.claim().parts()).hasSize(5);
        assertThat(trade.verdict()).contains(Verdict.EXACT);
    }

    @Test
    void putuoSocialWork2024FinalAccount() {
        Audit a = audit("putuo-social-work-2024-final-account.pdf");
        assertAudit(a, 69, List.of(
                // 一般公共服务支出（类）264.87 万元，占86.05%；社会保障和就业支出（类）10.82万元，占3.52%；卫生健康支出
                // （类）2.71万元，占0.88%；住房保障支出（类）29.42万元，占9.55%。 29.42 / 307.82 is 9.5575%, which reads
                // 9.56%: the document rounded it down so that the four shares add up to 100.00%.
                new Mistake(ClaimChecker.SHARE, 348, "住房保障支出（类）", "9.55", share("29.42", "307.82"))),
                // 完成年初预算的95.89% and the like: completion rates, no claim.
                "95.89%", "98.69%", "99.55%", "97.68%");
        // 一般公共服务支出（类）264.87 万元，占86.05%: the 类 201, not the total.
        ClaimCheck general = a.claim(346, "一般公共服务支出（类）");
        assertThat(general.claim().coordinates().get(Dimension.FUNCTION)).contains(FunctionCode.parse("201"));
        assertThat(general.verdict()).contains(Verdict.EXACT);
        // 全年预算为52.00万元，支出决算为51.32万元: the budget figure is no table's (a final account prints what
        // was spent), the spending is 表5's 2013901 行政运行 51.32.
        assertThat(a.claim(354, "全年预算").isCheckable()).isFalse();
        assertThat(a.claim(355, "行政运行").verdict()).contains(Verdict.EXACT);
        // 与2023年度相比，收入支出总计增加307.82万元，增长100.00%。主要原因：单位于2024年成立。 A percent from nothing:
        // the customary wording, a warning.
        assertThat(a.claim(326, "收入支出总计").findings()).anyMatch(f -> f.rule().equals(ClaimChecker.PERCENT)
                && f.severity() == Severity.WARNING);
        // 一般公共预算财政拨款基本支出105.58万元。其中：人员经费95.36万元，主要包括：…；公用经费 10.23万元:
        // 95.36 + 10.23 = 105.59 against 105.58, within rounding; the list of 基本工资… names no amount.
        ClaimCheck basic = a.claim(391, "基本支出");
        assertThat(basic.claim().parts()).extracting(Claim::subject).containsExactly("人员经费", "公用经费");
        assertThat(basic.verdict()).contains(Verdict.WITHIN_ROUNDING);
    }

    @Test
    void jiangsuHighCourt2019() {
        Audit a = audit("jiangsu-high-court-2019-budget.pdf");
        assertAudit(a, 76, List.of(),
                // 运转类项目预算较上年压减10%: a policy quoted in an explanation; 项目支出, 27.45% and 基本支出,
                // 59.07%: the labels of the pie chart 支出预算图 (its 13.48% is counted with the sentence's).
                "10%", "27.45%", "59.07%");
        // 主要原因是基本支出增加人员工资、住房公积金、提租补贴等 3397.18 万元、项目经费支出安排减少 1134.33 万元、
        // 单位预留机动经费增加1753.34万元: changes of their own, not the total's.
        assertThat(a.document().allClaims()).filteredOn(c -> c.line() == 502 || c.line() == 503)
                .extracting(Claim::subject).containsExactly("基本支出", "项目经费支出安排", "单位预留机动经费");
        // 因公出国（境）费支出160万元，占“三公”经费的 31.14%: of 160 + 266.8 + 86.95 = 513.75 (公开09表), not of the total.
        ClaimCheck travel = a.claim(637, "因公出国");
        assertThat(travel.claim().whole().orElseThrow().get(Dimension.ITEM)).contains(SpecialItem.THREE_PUBLIC);
        assertThat(travel.verdict()).contains(Verdict.EXACT);
        // （一）人员经费18387.95万元 = 公开06表 工资福利支出 16,324.07 + 对个人和家庭的补助 2,063.88.
        assertThat(a.claim(602, "人员经费").verdict()).contains(Verdict.EXACT);
    }

    @Test
    void jiangsuCppcc2018() {
        Audit a = audit("jiangsu-cppcc-office-2018-budget.pdf");
        assertAudit(a, 75, List.of(
                // 江苏省政协办公厅 2018 年一般公共预算机关运行经费预算支出 1,115.85 万元，与上年相比减少 2,233.13 万元，
                // 下降66.69%: 2,233.13 / (1,115.85 + 2,233.13) = 66.68%.
                new Mistake(ClaimChecker.PERCENT, 316, "一般公共预算机关运行经费预算支出", "-66.69",
                        growth("1115.85", "3348.98"))));
        // 财政拨款基本支出预算5,598.17万元，其中：（一）人员经费 4,482.32 万元。…（按“部门预算公开 06 表…”填写）
        // （二）公用经费1,115.85万元: both parts, the remark in brackets between them.
        ClaimCheck basic = a.claim(251, "财政拨款基本支出预算");
        assertThat(basic.claim().parts()).extracting(Claim::subject).containsExactly("人员经费", "公用经费");
        assertThat(basic.verdict()).contains(Verdict.EXACT);
    }

    @Test
    void jiangsuPartyOffice2019() {
        Audit text = audit("jiangsu-party-office-2019-budget-text.pdf");
        assertAudit(text, 58, List.of(
                // 3．住房保障（类）支出3894.09万元，…与上年相比增加878.93万元，增长30%: 878.93 / 3,015.16 = 29.15%,
                // which reads 29%.
                new Mistake(ClaimChecker.PERCENT, 133, "住房保障（类）支出", "30", growth("3894.09", "3015.16")),
                // 1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，
                // 增长16.07%: 1,297.83 / 8,072.29 = 16.0776%, which reads 16.08% (the document truncated).
                new Mistake(ClaimChecker.PERCENT, 172, "党委办公厅（室）及相关机构事务（款）行政运行（项）支出", "16.07",
                        growth("9370.12", "8072.29"))));
        // …总计各增加3205.79万元，增长 / (page 4) / 13.11%: the page number is not part of the percent.
        assertThat(text.claim(106, "支出预算总计").claim().percent().orElseThrow().value()).isEqualByComparingTo("13.11");
        Audit tables = audit("jiangsu-party-office-2019-budget-tables.pdf");
        assertAudit(tables, 0, List.of());
        assertThat(tables.document().facts().size()).isPositive();
    }

    @Test
    void everyFileIsChecked() {
        List<String> files = List.of("putuo-commerce-2025-budget.pdf", "putuo-justice-2026-budget.pdf",
                "putuo-wanli-subdistrict-2025-budget.pdf", "putuo-social-work-2024-final-account.pdf",
                "jiangsu-party-office-2019-budget-tables.pdf", "jiangsu-party-office-2019-budget-text.pdf",
                "jiangsu-high-court-2019-budget.pdf", "jiangsu-cppcc-office-2018-budget.pdf");
        int errors = 0;
        for (String f : files) {
            errors += audit(f).claimErrors().size();
        }
        // The documents' own mistakes, listed per file above: 9 + 1 + 1 + 2 = 13 (there were ~180).
        assertThat(errors).isEqualTo(13);
    }
}
