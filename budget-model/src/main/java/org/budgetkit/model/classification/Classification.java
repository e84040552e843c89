package org.budgetkit.model.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A versioned classification: every code with the official name it had in each range of
 * fiscal years (editions), for one kind of code ({@link FunctionCode} or {@link EconomicCode}).
 *
 * <p>{@code Classification.bundledFunctions().edition(2023).name(FunctionCode.parse("2010301"))}
 * is {@code 行政运行}. The bundled lists hold exactly the codes and names observed in real
 * documents (see the resource {@code codes-observed.csv}); a full official list is loaded with
 * {@link #loadFunctions(Reader, String)} and combined with {@link #merge(Classification)}.
 * Codes not in a list are still valid by structure: {@link ClassificationEdition#isKnown}
 * tells them apart.
 *
 * <p>Names change between editions (20805 is 行政事业单位离退休 in 2017–2019 and
 * 行政事业单位养老支出 in 2023–2024), so every lookup names a year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the kind of code
 */
public final class Classification<C extends ClassificationCode> {
    /** The widest range of years an entry may cover. */
    public static final int MIN_YEAR = 1949;
    /** The latest year an entry may cover. */
    public static final int MAX_YEAR = 2200;

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|\\([一二三四五六七八九十]+\\)|[0-9]{1,2}[、.．](?![0-9])"
                    + "|\\([0-9]{1,2}\\)|[\u2460-\u249B]|其中[:：]?)+");
    private static final String BUNDLED = "codes-observed.csv";
    private static volatile Classification<FunctionCode> bundledFunctions;
    private static volatile Classification<EconomicCode> bundledEconomic;

    /**
     * One name of one code over a range of years.
     *
     * @param <C> the kind of code
     * @param code the code, not null
     * @param name the official name, not blank
     * @param firstYear the first year the name applies to
     * @param lastYear the last year the name applies to, not before {@code firstYear}
     */
    public record Entry<C extends ClassificationCode>(C code, String name, int firstYear, int lastYear) {
        /**
         * Validates the entry.
         *
         * @throws IllegalArgumentException if the name is blank or the years are out of order
         *     or outside {@value Classification#MIN_YEAR}–{@value Classification#MAX_YEAR}
         */
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank name for " + code);
            }
            if (firstYear < MIN_YEAR || lastYear > MAX_YEAR || firstYear > lastYear) {
                throw new IllegalArgumentException("bad year range " + firstYear + "–" + lastYear + " for " + code);
            }
        }

        /**
         * Whether the name applies in {@code year}.
         *
         * @param year the fiscal year
         * @return true if {@code firstYear <= year <= lastYear}
         */
        public boolean appliesTo(int year) {
            return firstYear <= year && year <= lastYear;
        }

        /** {@code 2010301 行政运行 (2023–2023)}. */
        @Override
        public String toString() {
            return code + " " + name + " (" + firstYear + "–" + lastYear + ")";
        }
    }

    private final String source;
    private final List<Entry<C>> entries;
    private final Map<Integer, ClassificationEdition<C>> editions = new ConcurrentHashMap<>();

    private Classification(String source, List<Entry<C>> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /**
     * A classification of the given entries.
     *
     * @param <C> the kind of code
     * @param source a description of where the entries come from, not null
     * @param entries the entries, not null
     * @return the classification, never null
     */
    public static <C extends ClassificationCode> Classification<C> of(String source, List<Entry<C>> entries) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entries, "entries");
        List<Entry<C>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry<C> e) -> e.code()).thenComparingInt(Entry::firstYear));
        return new Classification<>(source, sorted);
    }

    /**
     * The function codes and names observed in real documents, bundled with the library.
     *
     * @return the bundled function classification, never null
     */
    public static Classification<FunctionCode> bundledFunctions() {
        Classification<FunctionCode> c = bundledFunctions;
        if (c == null) {
            c = loadBundled(Scheme.FUNCTION, FunctionCode::parse);
            bundledFunctions = c;
        }
        return c;
    }

    /**
     * The economic codes (部门预算支出经济分类) and names observed in real documents, bundled with
     * the library. It holds no 政府预算支出经济分类 code: none was observed.
     *
     * @return the bundled economic classification, never null
     */
    public static Classification<EconomicCode> bundledEconomic() {
        Classification<EconomicCode> c = bundledEconomic;
        if (c == null) {
            c = loadBundled(Scheme.ECONOMIC_DEPARTMENT, EconomicCode::parse);
            bundledEconomic = c;
        }
        return c;
    }

    private static <C extends ClassificationCode> Classification<C> loadBundled(
            Scheme scheme, Function<CharSequence, C> parser) {
        InputStream in = Classification.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return load(reader, "bundled " + BUNDLED, scheme, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a function classification from CSV with a header row. Columns (any order): {@code code}
     * and {@code name} (required); {@code level} (类/款/项, checked against the code);
     * {@code first_seen_year}/{@code first_year} and {@code last_seen_year}/{@code last_year}
     * (without them an entry applies to every year); {@code scheme} (rows of other schemes are
     * skipped). Lines starting with {@code #} are comments. Fields may be quoted.
     *
     * @param reader the CSV, not null; not closed
     * @param source the name used in error messages, not null
     * @return the classification, never null
     * @throws ClassificationFormatException naming the line and column (from 1, counted in the
     *     line as written, quotes included) of a malformed row (wrong number of fields, an
     *     unclosed quote), a missing or repeated header column, an invalid code, a code of another
     *     scheme than its row names, a level that does not match the code, a year that is not
     *     four digits from {@value #MIN_YEAR} to {@value #MAX_YEAR}, a last year before the first
     *     year, or a blank name
     * @throws UncheckedIOException if reading fails
     */
    public static Classification<FunctionCode> loadFunctions(Reader reader, String source) {
        return load(reader, source, Scheme.FUNCTION, FunctionCode::parse);
    }

    /**
     * Reads an economic classification (either scheme) from CSV; the format is that of
     * {@link #loadFunctions(Reader, String)}. Rows whose {@code scheme} is {@code function} are
     * skipped; the code of a row must belong to the scheme the row names.
     *
     * @param reader the CSV, not null; not closed
     * @param source the name used in error messages, not null
     * @return the classification, never null
     * @throws ClassificationFormatException naming the line and column of what is wrong
     * @throws UncheckedIOException if reading fails
     */
    public static Classification<EconomicCode> loadEconomic(Reader reader, String source) {
        return load(reader, source, null, EconomicCode::parse);
    }

    private static <C extends ClassificationCode> Classification<C> load(
            Reader reader, String source, Scheme onlyScheme, Function<CharSequence, C> parser) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Entry<C>> entries = new ArrayList<>();
        Map<String, Integer> header = null;
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                SimpleCsv.Fields fields = SimpleCsv.split(line, source, lineNumber);
                if (header == null) {
                    header = header(fields, source, lineNumber);
                    continue;
                }
                if (fields.size() != header.size()) {
                    // Point at the first field too many, or just past the end where one is missing.
                    int column = fields.size() > header.size() ? fields.column(header.size()) : line.length() + 1;
                    throw new ClassificationFormatException(source, lineNumber, column,
                            "expected " + header.size() + " fields, found " + fields.size());
                }
                Entry<C> entry = entry(fields, header, source, lineNumber, onlyScheme, parser);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new ClassificationFormatException(source, Math.max(1, lineNumber), 1, "no header row");
        }
        return of(source, entries);
    }

    private static Map<String, Integer> header(SimpleCsv.Fields fields, String source, int line) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            name = switch (name) {
                case "first_year" -> "first_seen_year";
                case "last_year" -> "last_seen_year";
                default -> name;
            };
            if (header.put(name, i) != null) {
                throw new ClassificationFormatException(source, line, fields.column(i),
                        "column \"" + name + "\" twice");
            }
        }
        for (String required : List.of("code", "name")) {
            if (!header.containsKey(required)) {
                throw new ClassificationFormatException(source, line, 1, "no \"" + required + "\" column");
            }
        }
        return header;
    }

    private static <C extends ClassificationCode> Entry<C> entry(SimpleCsv.Fields fields, Map<String, Integer> header,
            String source, int lineNumber, Scheme onlyScheme, Function<CharSequence, C> parser) {
        Integer schemeColumn = header.get("scheme");
        Scheme scheme = null;
        if (schemeColumn != null) {
            String schemeId = fields.get(schemeColumn).strip();
            try {
                scheme = Scheme.ofId(schemeId);
            } catch (IllegalArgumentException e) {
                throw new ClassificationFormatException(source, lineNumber, fields.column(schemeColumn),
                        e.getMessage());
            }
            boolean wanted = onlyScheme != null ? scheme == onlyScheme : scheme != Scheme.FUNCTION;
            if (!wanted) {
                return null;
            }
        }
        int codeColumn = header.get("code");
        C code;
        try {
            code = parser.apply(fields.get(codeColumn));
        } catch (IllegalArgumentException e) {
            throw new ClassificationFormatException(source, lineNumber, fields.column(codeColumn), e.getMessage());
        }
        Scheme expected = scheme != null ? scheme : onlyScheme;
        if (expected != null && code.scheme() != expected) {
            throw new ClassificationFormatException(source, lineNumber, fields.column(codeColumn),
                    "code " + code + " is not of the " + expected.id() + " scheme");
        }
        Integer levelColumn = header.get("level");
        if (levelColumn != null && !fields.get(levelColumn).isBlank()) {
            String level = fields.get(levelColumn).strip();
            if (!level.equals(code.level().chineseName()) && !level.equalsIgnoreCase(code.level().name())) {
                throw new ClassificationFormatException(source, lineNumber, fields.column(levelColumn),
                        "level \"" + level + "\" does not match code " + code + " (" + code.level().chineseName()
                                + ")");
            }
        }
        Integer firstColumn = header.get("first_seen_year");
        Integer lastColumn = header.get("last_seen_year");
        int first = year(fields, firstColumn, MIN_YEAR, source, lineNumber);
        int last = year(fields, lastColumn, MAX_YEAR, source, lineNumber);
        if (first > last) {
            // Both columns are present here: an absent one is MIN_YEAR or MAX_YEAR.
            throw new ClassificationFormatException(source, lineNumber, fields.column(lastColumn),
                    "last year " + last + " before first year " + first);
        }
        int nameColumn = header.get("name");
        try {
            return new Entry<>(code, fields.get(nameColumn).strip(), first, last);
        } catch (IllegalArgumentException e) {
            throw new ClassificationFormatException(source, lineNumber, fields.column(nameColumn), e.getMessage());
        }
    }

    private static int year(SimpleCsv.Fields fields, Integer column, int absent, String source, int lineNumber) {
        if (column == null || fields.get(column).isBlank()) {
            return absent;
        }
        String text = fields.get(column).strip();
        if (!text.matches("[0-9]{4}")) {
            throw new ClassificationFormatException(source, lineNumber, fields.column(column),
                    "not a year: \"" + text + "\"");
        }
        int year = Integer.parseInt(text);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ClassificationFormatException(source, lineNumber, fields.column(column),
                    "year " + year + " out of range " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return year;
    }

    /**
     * A name reduced for comparison: white space removed, full-width brackets and digits folded
     * to ASCII, curly quotes made straight, and leading list markers ({@code 一、},
     * {@code 1.}, {@code （一）}, {@code (1)}, {@code ①}, {@code ⑴}, {@code ⒈}, {@code 其中：})
     * dropped. {@code normalizeName("一、一般公共服务支出")} is {@code 一般公共服务支出}.
     *
     * @param name the name, not null
     * @return the normalized name, never null
     */
    public static String normalizeName(CharSequence name) {
        Objects.requireNonNull(name, "name");
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - '\uFF01' + '!');
            } else if (c == '\u201C' || c == '\u201D') {
                c = '"';
            } else if (c == '\u2018' || c == '\u2019') {
                c = '\'';
            }
            out.append(c);
        }
        return LIST_MARKER.matcher(out).replaceFirst("");
    }

    /** @return where the entries come from, never null */
    public String source() {
        return source;
    }

    /** @return every entry, ordered by code then first year, never null */
    public List<Entry<C>> entries() {
        return entries;
    }

    /**
     * Every name a code has had.
     *
     * @param code the code, not null
     * @return its entries, oldest first; empty if the code is not in this classification
     */
    public List<Entry<C>> entries(C code) {
        Objects.requireNonNull(code, "code");
        List<Entry<C>> out = new ArrayList<>(2);
        for (Entry<C> e : entries) {
            if (e.code().equals(code)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The edition of a fiscal year: each code whose name applies in that year, with that name.
     *
     * @param year the fiscal year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the edition, never null
     * @throws IllegalArgumentException if the year is out of range
     */
    public ClassificationEdition<C> edition(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return editions.computeIfAbsent(year, y -> new ClassificationEdition<>(y, entries));
    }

    /**
     * Finds a code by its name under a parent, first in the year's edition, then, if the
     * edition has no such name, among the names of other years (the nearest year wins). Use
     * it for documents of years the list does not cover. As in
     * {@link ClassificationEdition#findByName(Optional, String)}, names are compared
     * {@linkplain #normalizeName normalized}, and a name cut short (4 characters or more) is
     * accepted when it starts only one name there: {@code findByName(2021, Optional.of(208),
     * "行政事业单位离退休")} is {@code 20805} (named so in 2017–2019).
     *
     * @param year the fiscal year of the document, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @param parent the parent code, or empty for a 类
     * @param name the name as printed, not null
     * @return the code, or empty if no code or more than one has that name there (at the same
     *     nearest distance in years)
     * @throws IllegalArgumentException if the year is out of range
     */
    public Optional<C> findByName(int year, Optional<C> parent, String name) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(name, "name");
        Optional<C> found = edition(year).findByName(parent, name);
        if (found.isPresent()) {
            return found;
        }
        String wanted = normalizeName(name);
        Optional<C> exact = nearest(year, parent, n -> n.equals(wanted));
        if (exact.isPresent() || wanted.length() < ClassificationEdition.MIN_PREFIX) {
            return exact;
        }
        return nearest(year, parent, n -> n.startsWith(wanted));
    }

    /** The code under {@code parent} whose normalized name matches, nearest in years; empty if none or a tie. */
    private Optional<C> nearest(int year, Optional<C> parent, java.util.function.Predicate<String> matches) {
        C best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean ambiguous = false;
        for (Entry<C> e : entries) {
            if (!e.code().parent().equals(parent) || !matches.test(normalizeName(e.name()))) {
                continue;
            }
            int distance = e.appliesTo(year) ? 0
                    : Math.min(Math.abs(e.firstYear() - year), Math.abs(e.lastYear() - year));
            if (distance < bestDistance) {
                best = e.code();
                bestDistance = distance;
                ambiguous = false;
            } else if (distance == bestDistance && !e.code().equals(best)) {
                ambiguous = true;
            }
        }
        return ambiguous ? Optional.empty() : Optional.ofNullable(best);
    }

    /**
     * This classification with the entries of {@code other} added (a full official list over
     * the bundled one, say). Identical entries are kept once. Where two names of a code apply
     * to the same year, an {@linkplain #edition(int) edition} takes the one of the narrower
     * range of years (the more specific: a name observed in 2017–2019 over one given for all
     * years), and of two equally narrow ones the one of this classification.
     *
     * @param other the other classification, not null
     * @return the union, never null
     */
    public Classification<C> merge(Classification<C> other) {
        Objects.requireNonNull(other, "other");
        LinkedHashSet<Entry<C>> union = new LinkedHashSet<>(entries);
        union.addAll(other.entries);
        return of(source + " + " + other.source, new ArrayList<>(union));
    }

    /** {@code Classification[bundled codes-observed.csv, 81 entries]}. */
    @Override
    public String toString() {
        return "Classification[" + source + ", " + entries.size() + " entries]";
    }
}
