package org.budgetkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.budgetkit.model.document.Document;
import org.budgetkit.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code budget audit [FILE|DIR …]}: reconcile each disclosure and check its claims. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Reconcile each disclosure (PDF, extracted text, tidy CSV or JSON) and check the claims "
                + "of its narrative; print the findings grouped by table.",
            "Without FILE: the bundled example (深圳市坪山区信访局 2023 部门预算).",
            "Exit status: 0 when no finding is an error, 1 when one is, 2 for unusable input or arguments."})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "disclosures to audit; a directory is audited file by file")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", paramLabel = "zh|en", description = "language of messages (default: zh when the system language is Chinese, else en)")
    String lang;

    @Option(names = "--severity", defaultValue = "info", paramLabel = "error|warning|info",
            description = "show findings of this severity and above (default: ${DEFAULT-VALUE})")
    String severity;

    @Option(names = "--exact", description = "also list the checks whose figures agree exactly")
    boolean exact;

    enum Format { text, json }

    @Override
    public Integer call() {
        Locale locale = Options.locale(lang);
        Severity threshold = Options.severity(severity);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Inputs.Source> sources = Inputs.expand(inputs);
        List<Report.Entry> entries = new ArrayList<>();
        boolean directory = inputs.stream().anyMatch(p -> p.toFile().isDirectory());
        Progress progress = directory ? new Progress(err) : null;
        int done = 0;
        for (Inputs.Source source : sources) {
            if (progress != null) {
                progress.show(done, sources.size(), source.name());
            }
            try {
                Document doc = source.read();
                entries.add(Report.Entry.of(source.name(), source.label(locale), Audit.of(doc, exact)));
            } catch (RuntimeException e) {
                if (sources.size() == 1 && !source.fromDirectory()) {
                    throw e;
                }
                entries.add(Report.Entry.unusable(source.name(), source.label(locale), Main.oneLine(e)));
            }
            done++;
        }
        if (progress != null) {
            progress.finish(sources.size());
        }
        Report report = new Report(entries, locale, threshold);
        if (format == Format.json) {
            report.json(out);
        } else {
            report.text(out);
        }
        return report.status();
    }
}
