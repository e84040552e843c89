package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationTest {
    private static final Classification<FunctionCode> FUNCTIONS = Classification.bundledFunctions();
    private static final Classification<EconomicCode> ECONOMIC = Classification.bundledEconomic();

    private static FunctionCode f(String digits) {
        return FunctionCode.parse(digits);
    }

    private static EconomicCode e(String digits) {
        return EconomicCode.parse(digits);
    }

    // ---- the bundled lists against the reference file ----

    @Test
    void bundledFunctionsHoldExactlyTheObservedFunctionCodesAndNames() {
        assertThat(entrySet(FUNCTIONS)).isEqualTo(oracleSet("function"));
        assertThat(FUNCTIONS.entries()).hasSize(ObservedCodes.rows("function").size());
    }

    @Test
    void bundledEconomicHoldsExactlyTheObservedEconomicCodesAndNames() {
        assertThat(entrySet(ECONOMIC)).isEqualTo(oracleSet("economic-department"));
        assertThat(ECONOMIC.entries()).hasSize(ObservedCodes.rows("economic-department").size());
        assertThat(ECONOMIC.entries()).allSatisfy(entry ->
                assertThat(entry.code().scheme()).isEqualTo(Scheme.ECONOMIC_DEPARTMENT));
    }

    @Test
    void theReferenceFileHasOnlyTheTwoSchemesAndConsistentLevels() {
        assertThat(ObservedCodes.rows()).extracting(ObservedCodes.Row::scheme).containsOnly("function",
                "economic-department");
        assertThat(ObservedCodes.rows()).allSatisfy(row -> {
            ClassificationCode code = row.scheme().equals("function") ? f(row.code()) : e(row.code());
            assertThat(code.level().chineseName()).isEqualTo(row.level());
        });
    }

    @Test
    void everyEditionNamesEachCodeAsTheReferenceFileDoesThatYear() {
        for (int year = 2015; year <= 2028; year++) {
            assertEditionMatches(FUNCTIONS.edition(year), "function", FunctionCode::parse);
            assertEditionMatches(ECONOMIC.edition(year), "economic-department", EconomicCode::parse);
        }
    }

    private static <C extends ClassificationCode> void assertEditionMatches(ClassificationEdition<C> edition,
            String scheme, Function<String, C> parse) {
        int year = edition.year();
        List<ObservedCodes.Row> rows = ObservedCodes.rows(scheme).stream().filter(r -> r.appliesTo(year)).toList();
        assertThat(edition.codes()).extracting(ClassificationCode::digits)
                .as("codes of %s %d", scheme, year)
                .containsExactlyElementsOf(new TreeSet<>(rows.stream().map(ObservedCodes.Row::code).toList()));
        for (ObservedCodes.Row row : rows) {
            assertThat(edition.name(parse.apply(row.code()))).as("%s in %d", row.code(), year).contains(row.name());
            assertThat(edition.isKnown(parse.apply(row.code()))).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20805   | 2023 | 行政事业单位养老支出",
        "20805   | 2024 | 行政事业单位养老支出",
        "20805   | 2018 | 行政事业单位离退休",
        "20805   | 2017 | 行政事业单位离退休",
        "2040405 | 2017 | 公诉和审判监督",
        "2040405 | 2018 | 公诉、审判、侦查、执行等检察监督支出",
        "2010301 | 2023 | 行政运行",
        "2010399 | 2023 | 其他政府办公厅（室）及相关机构事务支出"})
    void functionNamesChangeByEdition(String code, int year, String name) {
        assertThat(FUNCTIONS.edition(year).name(f(code))).contains(name);
        assertThat(FUNCTIONS.edition(year).describe(f(code))).isEqualTo(code + " " + name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "30311 | 2017 | 住房公积金",
        "30311 | 2024 | 代缴社会保险费",
        "30104 | 2017 | 其他社会保障缴费",
        "30112 | 2018 | 其他社会保障缴费",
        "30108 | 2023 | 机关事业单位基本养老保险缴费"})
    void economicNamesChangeByEdition(String code, int year, String name) {
        assertThat(ECONOMIC.edition(year).name(e(code))).contains(name);
    }

    @Test
    void codesAbsentInAnEditionHaveNoName() {
        assertThat(FUNCTIONS.edition(2019).name(f("2040405"))).isEmpty();
        assertThat(FUNCTIONS.edition(2020).name(f("20805"))).isEmpty();
        assertThat(ECONOMIC.edition(2023).name(e("30311"))).isEmpty();
        assertThat(FUNCTIONS.edition(2019).describe(f("2040405"))).isEqualTo("2040405");
    }

    @Test
    void entriesOfACodeListEveryNameOldestFirst() {
        assertThat(FUNCTIONS.entries(f("2040405"))).extracting(Classification.Entry::name)
                .containsExactly("公诉和审判监督", "公诉、审判、侦查、执行等检察监督支出");
        assertThat(FUNCTIONS.entries(f("20805"))).extracting(Classification.Entry::firstYear)
                .containsExactly(2017, 2023);
        assertThat(FUNCTIONS.entries(f("2999999"))).isEmpty();
        assertThat(FUNCTIONS.entries()).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()) != 0
                ? a.code().compareTo(b.code()) : Integer.compare(a.firstYear(), b.firstYear()));
    }

    @Test
    void bundledListsAreLoadedOnceAndSharedAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Classification<FunctionCode>>> futures = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit((Callable<Classification<FunctionCode>>) Classification::bundledFunctions))
                    .toList();
            for (Future<Classification<FunctionCode>> future : futures) {
                assertThat(future.get().entries()).isEqualTo(FUNCTIONS.entries());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Classification.bundledFunctions()).isSameAs(Classification.bundledFunctions());
        assertThat(FUNCTIONS.edition(2023)).isSameAs(FUNCTIONS.edition(2023));
    }

    @ParameterizedTest
    @ValueSource(ints = {Classification.MIN_YEAR - 1, Classification.MAX_YEAR + 1, 0, -2023})
    void editionRejectsYearsOutOfRange(int year) {
        assertThatThrownBy(() -> FUNCTIONS.edition(year)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(year));
    }

    // ---- lookup by name ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20103 | 其他政府办公厅（室）及相关机构事务支出 | 2010399",
        "20103 | 其他政府办公厅(室)及相关机构事务支出 | 2010399",
        "20103 | 其他政府办公厅 （室） 及相关机构事务支出 | 2010399",
        "20103 | 行政运行 | 2010301",
        "20103 | 其中：行政运行 | 2010301",
        "20103 | 1.行政运行 | 2010301",
        "20103 | 信访事务 | 2010308",
        "201   | 政府办公厅（室）及相关机构事务 | 20103",
        "201   | （三）政府办公厅(室)及相关机构事务 | 20103",
        "''    | 一般公共服务支出 | 201",
        "''    | 一、一般公共服务支出 | 201",
        "''    | 一、 一般公共服务支出 | 201",
        "''    | 社会保障和就业支出 | 208",
        "208   | 行政事业单位养老支出 | 20805"})
    void findsFunctionCodesByNameUnderTheirParentIn2023(String parent, String name, String expected) {
        Optional<FunctionCode> p = parent.isEmpty() ? Optional.empty() : Optional.of(f(parent));
        assertThat(FUNCTIONS.edition(2023).findByName(p, name)).contains(f(expected));
        assertThat(FUNCTIONS.findByName(2023, p, name)).contains(f(expected));
    }

    @Test
    void aNameWithoutItsParentDoesNotIdentifyACode() {
        ClassificationEdition<FunctionCode> edition = FUNCTIONS.edition(2018);
        Set<String> expected = ObservedCodes.rows("function").stream()
                .filter(r -> r.appliesTo(2018) && r.name().equals("行政运行")).map(ObservedCodes.Row::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).hasSizeGreaterThan(1);
        assertThat(edition.findAllByName("行政运行")).extracting(FunctionCode::digits).containsExactlyElementsOf(expected);
        assertThat(edition.findByName(Optional.empty(), "行政运行")).isEmpty();
        assertThat(edition.findByName(Optional.of(f("20404")), "行政运行")).contains(f("2040401"));
        assertThat(edition.findByName(Optional.of(f("20405")), "行政运行")).contains(f("2040501"));
        assertThat(edition.findByName(Optional.of(f("20101")), "行政运行")).contains(f("2010101"));
        assertThat(edition.findByName(Optional.of(f("20103")), "行政运行")).isEmpty();
        assertThat(FUNCTIONS.edition(2024).findAllByName("一、行政运行")).extracting(FunctionCode::digits)
                .containsExactly("2013901", "2120101");
    }

    @Test
    void aTruncatedNameResolvesWhenOnlyOneNameUnderTheParentStartsWithIt() {
        ClassificationEdition<EconomicCode> economic2023 = ECONOMIC.edition(2023);
        assertThat(economic2023.findByName(Optional.of(e("301")), "机关事业单位基本养老保险缴")).contains(e("30108"));
        assertThat(economic2023.findByName(Optional.of(e("301")), "机关事业单位基本养")).contains(e("30108"));
        // Under another parent it is not there.
        assertThat(economic2023.findByName(Optional.of(e("302")), "机关事业单位基本养老保险缴")).isEmpty();
        // Fewer than 4 characters is too short to trust.
        assertThat(economic2023.findByName(Optional.of(e("301")), "机关事")).isEmpty();
        // In 2018 both 2080505 and 2080506 start with 机关事业单位: ambiguous.
        ClassificationEdition<FunctionCode> functions2018 = FUNCTIONS.edition(2018);
        assertThat(functions2018.findByName(Optional.of(f("20805")), "机关事业单位")).isEmpty();
        assertThat(functions2018.findByName(Optional.of(f("20805")), "机关事业单位基本养老")).contains(f("2080505"));
        assertThat(functions2018.findByName(Optional.of(f("20805")), "机关事业单位职业")).contains(f("2080506"));
        // A truncated name is not matched by findAllByName, which wants the whole name.
        assertThat(economic2023.findAllByName("机关事业单位基本养老保险缴")).isEmpty();
    }

    @Test
    void aNameLongerThanTheOfficialOneIsNotFound() {
        assertThat(FUNCTIONS.edition(2023).findByName(Optional.of(f("20103")), "行政运行费")).isEmpty();
        assertThat(FUNCTIONS.edition(2023).findByName(Optional.of(f("29999")), "行政运行")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、一般公共服务支出 | 一般公共服务支出",
        "（一）一般公共服务支出 | 一般公共服务支出",
        "(1)一般公共服务支出 | 一般公共服务支出",
        "1.一般公共服务支出 | 一般公共服务支出",
        "1、一般公共服务支出 | 一般公共服务支出",
        "１．一般公共服务支出 | 一般公共服务支出",
        "其中：行政运行 | 行政运行",
        "其中:行政运行 | 行政运行",
        "⑴行政运行 | 行政运行",
        "① 行政运行 | 行政运行",
        "⒈行政运行 | 行政运行",
        "' 政府办公厅（室） 及相关机构事务 ' | 政府办公厅(室)及相关机构事务",
        "政府办公厅　(室)及相关机构事务 | 政府办公厅(室)及相关机构事务",
        "“三公”经费 | \"三公\"经费",
        "因公出国（境）费用 | 因公出国(境)费用",
        "2023年预算 | 2023年预算",
        "10.5万元 | 10.5万元"})
    void normalizeNameDropsMarkersSpacesAndWidthDifferences(String name, String expected) {
        assertThat(Classification.normalizeName(name)).isEqualTo(expected);
    }

    @Test
    void findByNameFallsBackToTheNearestYear() {
        // 2021: no bundled document of that year names 20805; both its names are found.
        assertThat(FUNCTIONS.findByName(2021, Optional.of(f("208")), "行政事业单位离退休")).contains(f("20805"));
        assertThat(FUNCTIONS.findByName(2021, Optional.of(f("208")), "行政事业单位养老支出")).contains(f("20805"));
        assertThat(FUNCTIONS.edition(2021).findByName(Optional.of(f("208")), "行政事业单位养老支出")).isEmpty();
        // 2040405's 2017 name, asked for in 2019 when the code is not in the edition.
        assertThat(FUNCTIONS.findByName(2019, Optional.of(f("20404")), "公诉和审判监督")).contains(f("2040405"));
        // 其他社会保障缴费 is 30104 in 2017 and 30112 from 2018: the nearest year decides.
        assertThat(ECONOMIC.findByName(2016, Optional.of(e("301")), "其他社会保障缴费")).contains(e("30104"));
        assertThat(ECONOMIC.findByName(2017, Optional.of(e("301")), "其他社会保障缴费")).contains(e("30104"));
        assertThat(ECONOMIC.findByName(2018, Optional.of(e("301")), "其他社会保障缴费")).contains(e("30112"));
        assertThat(ECONOMIC.findByName(2030, Optional.of(e("301")), "其他社会保障缴费")).contains(e("30112"));
        // The parent still matters.
        assertThat(ECONOMIC.findByName(2016, Optional.of(e("302")), "其他社会保障缴费")).isEmpty();
        assertThat(FUNCTIONS.findByName(2021, Optional.empty(), "行政事业单位离退休")).isEmpty();
        assertThat(FUNCTIONS.findByName(2021, Optional.of(f("208")), "没有这个科目")).isEmpty();
    }

    @Test
    void findByNameFallbackAcceptsTruncatedNamesWhenUnique() {
        // 30108 机关事业单位基本养老保险缴费 is observed 2018–2023; a 2016 document prints it cut short.
        assertThat(ECONOMIC.findByName(2016, Optional.of(e("301")), "机关事业单位基本养老保险缴")).contains(e("30108"));
        assertThat(ECONOMIC.findByName(2016, Optional.of(e("301")), "机关事")).isEmpty();
    }

    @Test
    void findByNameFallbackIsEmptyWhenTwoCodesAreEquallyNear() {
        Classification<FunctionCode> c = Classification.of("test", List.of(
                new Classification.Entry<>(f("2990101"), "某某事务", 2010, 2010),
                new Classification.Entry<>(f("2990102"), "某某事务", 2014, 2014)));
        assertThat(c.findByName(2012, Optional.of(f("29901")), "某某事务")).isEmpty();
        assertThat(c.findByName(2011, Optional.of(f("29901")), "某某事务")).contains(f("2990101"));
        assertThat(c.findByName(2013, Optional.of(f("29901")), "某某事务")).contains(f("2990102"));
        assertThat(c.findByName(2010, Optional.of(f("29901")), "某某事务")).contains(f("2990101"));
    }

    @Test
    void findByNameRejectsYearsOutOfRange() {
        assertThatThrownBy(() -> FUNCTIONS.findByName(1800, Optional.empty(), "一般公共服务支出"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- of, merge, entries ----

    @Test
    void ofSortsEntriesByCodeThenYear() {
        Classification<FunctionCode> c = Classification.of("test", List.of(
                new Classification.Entry<>(f("202"), "外交支出", 2023, 2023),
                new Classification.Entry<>(f("20805"), "行政事业单位养老支出", 2023, 2024),
                new Classification.Entry<>(f("20805"), "行政事业单位离退休", 2017, 2019),
                new Classification.Entry<>(f("201"), "一般公共服务支出", 2017, 2025)));
        assertThat(c.entries()).extracting(en -> en.code().digits() + "@" + en.firstYear())
                .containsExactly("201@2017", "202@2023", "20805@2017", "20805@2023");
        assertThat(c.source()).isEqualTo("test");
        assertThat(c.toString()).isEqualTo("Classification[test, 4 entries]");
        assertThat(FUNCTIONS.toString()).isEqualTo("Classification[bundled codes-observed.csv, "
                + ObservedCodes.rows("function").size() + " entries]");
    }

    @Test
    void mergeIsTheUnionWithIdenticalEntriesOnce() {
        Classification<FunctionCode> a = Classification.of("a", List.of(
                new Classification.Entry<>(f("201"), "一般公共服务支出", 2017, 2025)));
        Classification<FunctionCode> b = Classification.of("b", List.of(
                new Classification.Entry<>(f("201"), "一般公共服务支出", 2017, 2025),
                new Classification.Entry<>(f("202"), "外交支出", 2023, 2023)));
        Classification<FunctionCode> merged = a.merge(b);
        assertThat(merged.source()).isEqualTo("a + b");
        assertThat(merged.entries()).hasSize(2);
        assertThat(merged.edition(2023).codes()).containsExactly(f("201"), f("202"));
        assertThat(merged.edition(2024).codes()).containsExactly(f("201"));
        assertThat(a.entries()).hasSize(1);
    }

    @Test
    void mergingAFullListKeepsTheBundledNamesAndAddsTheOthers() {
        Classification<FunctionCode> official = Classification.loadFunctions(new StringReader(
                "code,name\n2080599,其他行政事业单位养老支出\n2080501,行政单位离退休\n2049999,其他公共安全支出\n"), "official");
        Classification<FunctionCode> merged = FUNCTIONS.merge(official);
        assertThat(merged.entries()).hasSize(FUNCTIONS.entries().size() + 3);
        ClassificationEdition<FunctionCode> e2018 = merged.edition(2018);
        assertThat(e2018.isKnown(f("2049999"))).isTrue();
        assertThat(e2018.isKnown(f("2080505"))).isTrue();
        assertThat(FUNCTIONS.edition(2018).isKnown(f("2049999"))).isFalse();
        assertThat(merged.edition(2030).name(f("2080501"))).contains("行政单位离退休");
    }

    @Test
    void whenTwoNamesOfACodeApplyToAYearTheNarrowerRangeWins() {
        // An official list without years (1949–2200) merged with the bundled observations: in the
        // years a document was observed, its name is the more specific information.
        Classification<FunctionCode> official = Classification.loadFunctions(new StringReader(
                "code,name\n20805,行政事业单位养老支出\n"), "official");
        for (Classification<FunctionCode> merged : List.of(FUNCTIONS.merge(official), official.merge(FUNCTIONS))) {
            assertThat(merged.edition(2018).name(f("20805"))).contains("行政事业单位离退休");
            assertThat(merged.edition(2021).name(f("20805"))).contains("行政事业单位养老支出");
            assertThat(merged.edition(2023).name(f("20805"))).contains("行政事业单位养老支出");
            assertThat(merged.edition(2018).findByName(Optional.of(f("208")), "行政事业单位离退休"))
                    .contains(f("20805"));
        }
    }

    @Test
    void entryValidatesItsNameAndYears() {
        Classification.Entry<FunctionCode> entry = new Classification.Entry<>(f("2010301"), "行政运行", 2023, 2024);
        assertThat(entry.appliesTo(2022)).isFalse();
        assertThat(entry.appliesTo(2023)).isTrue();
        assertThat(entry.appliesTo(2024)).isTrue();
        assertThat(entry.appliesTo(2025)).isFalse();
        assertThat(entry.toString()).isEqualTo("2010301 行政运行 (2023–2024)");
        assertThatThrownBy(() -> new Classification.Entry<>(f("201"), " ", 2023, 2023))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("201");
        assertThatThrownBy(() -> new Classification.Entry<>(f("201"), "x", 2024, 2023))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification.Entry<>(f("201"), "x", 1948, 2023))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification.Entry<>(f("201"), "x", 2023, 2201))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Classification.Entry<>(f("201"), "x", 1949, 2200).appliesTo(2200)).isTrue();
    }

    @Test
    void rejectsNulls() throws Exception {
        NullPointerTester tester = new NullPointerTester();
        tester.setDefault(ClassificationCode.class, f("201"));
        tester.setDefault(Classification.class, FUNCTIONS);
        tester.setDefault(Optional.class, Optional.empty());
        tester.testAllPublicStaticMethods(Classification.class);
        tester.testAllPublicInstanceMethods(FUNCTIONS);
        tester.testAllPublicInstanceMethods(FUNCTIONS.edition(2023));
        tester.testAllPublicConstructors(Classification.Entry.class);
        tester.testAllPublicInstanceMethods(new Classification.Entry<>(f("201"), "一般公共服务支出", 2017, 2025));
    }

    private static Set<String> oracleSet(String scheme) {
        Set<String> out = new HashSet<>();
        for (ObservedCodes.Row r : ObservedCodes.rows(scheme)) {
            out.add(r.code() + "|" + r.name() + "|" + r.firstYear() + "|" + r.lastYear());
        }
        return out;
    }

    private static Set<String> entrySet(Classification<?> c) {
        Set<String> out = new HashSet<>();
        for (Classification.Entry<?> en : c.entries()) {
            out.add(en.code().digits() + "|" + en.name() + "|" + en.firstYear() + "|" + en.lastYear());
        }
        return out;
    }
}
