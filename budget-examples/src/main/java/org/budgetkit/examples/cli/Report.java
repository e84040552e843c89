package org.budgetkit.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.budgetkit.model.document.Document;
import org.budgetkit.model.document.Table;
import org.budgetkit.rules.Finding;
import org.budgetkit.rules.Severity;
import org.budgetkit.rules.Verdict;

/** The findings of one or more audits, as text grouped by table or as the JSON of DESIGN.md. */
final class Report {
    /** One audited input: its audit, or why it could not be read. */
    record Entry(String source, String label, Optional<Audit> audit, String problem) {
        static Entry of(String source, String label, Audit audit) {
            return new Entry(source, label, Optional.of(audit), "");
        }

        static Entry unusable(String source, String label, String problem) {
            return new Entry(source, label, Optional.empty(), problem);
        }
    }

    private final List<Entry> entries;
    private final Locale locale;
    private final Severity threshold;
    private final boolean zh;

    Report(List<Entry> entries, Locale locale, Severity threshold) {
        this.entries = List.copyOf(entries);
        this.locale = locale;
        this.threshold = threshold;
        this.zh = "zh".equals(locale.getLanguage());
    }

    /** 2 if an input was unusable, else 1 if any finding is an error, else 0. */
    int status() {
        if (entries.stream().anyMatch(e -> e.audit().isEmpty())) {
            return Main.UNUSABLE;
        }
        return entries.stream().anyMatch(e -> e.audit().orElseThrow().hasErrors()) ? Main.FINDINGS : Main.OK;
    }

    private boolean shown(Finding f) {
        return f.severity().compareTo(threshold) <= 0;
    }

    void text(PrintWriter out) {
        for (Entry e : entries) {
            if (e.audit().isEmpty()) {
                out.println(e.label() + ": " + (zh ? "无法读取：" : "unusable: ") + e.problem());
                out.println();
                continue;
            }
            Audit a = e.audit().orElseThrow();
            Document d = a.document();
            out.println(d.department().name() + " " + d.year() + " " + (zh ? d.phase().chineseName()
                    : d.phase().englishName()) + " — " + e.label());
            out.println(zh
                    ? d.facts().size() + " 个数据，" + d.tables().size() + " 张表，" + a.reconciliation().checks()
                            + " 项核对；" + a.claims().size() + " 条文字陈述（" + a.claims(Verdict.EXACT) + " 完全一致，"
                            + a.claims(Verdict.WITHIN_ROUNDING) + " 舍入误差内一致，" + a.claims(Verdict.INCONSISTENT)
                            + " 不一致，" + a.uncheckableClaims() + " 无从核对）"
                    : d.facts().size() + " facts in " + d.tables().size() + " tables, " + a.reconciliation().checks()
                            + " checks; " + a.claims().size() + " narrative claims (" + a.claims(Verdict.EXACT)
                            + " exact, " + a.claims(Verdict.WITHIN_ROUNDING) + " within rounding, "
                            + a.claims(Verdict.INCONSISTENT) + " inconsistent, " + a.uncheckableClaims()
                            + " not checkable)");
            Map<String, List<Finding>> groups = new LinkedHashMap<>();
            for (Table t : d.tables()) {
                groups.put(t.number(), new java.util.ArrayList<>());
            }
            for (Finding f : a.findings()) {
                if (shown(f)) {
                    String key = f.rule().startsWith("claim.") ? "\u0000narrative" : f.location().table();
                    groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(f);
                }
            }
            for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
                if (g.getValue().isEmpty()) {
                    continue;
                }
                out.println();
                out.println(heading(d, g.getKey()));
                for (Finding f : g.getValue()) {
                    out.println("  " + pad(f.severity().displayName(locale), 8) + pad(f.rule(), 24)
                            + where(f) + f.message(locale));
                }
            }
            out.println();
            out.println(zh
                    ? "合计：" + a.count(Severity.ERROR) + " 个错误，" + a.count(Severity.WARNING) + " 个警告，"
                            + a.count(Severity.INFO) + " 条提示"
                    : "Total: " + a.count(Severity.ERROR) + " errors, " + a.count(Severity.WARNING) + " warnings, "
                            + a.count(Severity.INFO) + " infos");
            out.println();
        }
        if (entries.size() > 1) {
            summary(out);
        }
    }

    private String heading(Document d, String key) {
        if (key.equals("\u0000narrative")) {
            return zh ? "文字部分" : "Narrative";
        }
        if (key.isEmpty()) {
            return zh ? "全文" : "Document";
        }
        return d.table(key).map(t -> t.number() + " " + t.title()).orElse(key);
    }

    /** The line, when known: the message itself names the table, row and column. */
    private String where(Finding f) {
        if (f.location().line() <= 0) {
            return "";
        }
        return zh ? "第 " + f.location().line() + " 行：" : "line " + f.location().line() + ": ";
    }

    /** Pads to a display width: a CJK character takes two terminal columns. */
    private static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN ? 2 : 1;
        }
        return w >= width ? s + " " : s + " ".repeat(width - w);
    }

    private void summary(PrintWriter out) {
        out.println(zh ? "汇总" : "Summary");
        out.println(pad(zh ? "错误" : "errors", 8) + pad(zh ? "警告" : "warnings", 10) + pad(zh ? "提示" : "infos", 8)
                + pad(zh ? "数据" : "facts", 8) + (zh ? "文件" : "file"));
        for (Entry e : entries) {
            if (e.audit().isEmpty()) {
                out.println(pad("-", 8) + pad("-", 10) + pad("-", 8) + pad("-", 8) + e.label() + "  ("
                        + (zh ? "无法读取" : "unusable") + ")");
                continue;
            }
            Audit a = e.audit().orElseThrow();
            out.println(pad(Long.toString(a.count(Severity.ERROR)), 8) + pad(Long.toString(a.count(Severity.WARNING)), 10)
                    + pad(Long.toString(a.count(Severity.INFO)), 8) + pad(Integer.toString(a.document().facts().size()), 8)
                    + e.label());
        }
    }

    void json(PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode documents = root.putArray("documents");
        for (Entry e : entries) {
            ObjectNode node = documents.addObject();
            node.put("source", e.source());
            if (e.audit().isEmpty()) {
                node.putNull("department");
                node.putNull("year");
                node.putNull("phase");
                node.putNull("facts");
                node.putArray("findings");
                node.put("error", e.problem());
                continue;
            }
            Audit a = e.audit().orElseThrow();
            Document d = a.document();
            node.put("department", d.department().name());
            node.put("year", d.year().value());
            node.put("phase", d.phase().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            node.put("facts", d.facts().size());
            ArrayNode findings = node.putArray("findings");
            for (Finding f : a.findings()) {
                if (!shown(f)) {
                    continue;
                }
                ObjectNode n = findings.addObject();
                n.put("rule", f.rule());
                n.put("severity", f.severity().id());
                n.put("verdict", f.verdict().id());
                text(n, "table", f.location().table());
                text(n, "row", f.location().row());
                text(n, "column", f.location().column());
                text(n, "code", f.code());
                n.put("message", f.message(locale));
                decimal(n, "expected", f.expected());
                decimal(n, "actual", f.actual());
                decimal(n, "tolerance", f.tolerance());
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void text(ObjectNode n, String field, String value) {
        if (value == null || value.isEmpty()) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private static void decimal(ObjectNode n, String field, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            n.put(field, value.get().toPlainString());
        } else {
            n.putNull(field);
        }
    }
}
