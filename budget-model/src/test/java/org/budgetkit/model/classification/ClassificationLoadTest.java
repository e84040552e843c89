package org.budgetkit.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassificationLoadTest {

    private static Classification<FunctionCode> functions(String csv) {
        return Classification.loadFunctions(new StringReader(csv), "test.csv");
    }

    private static Classification<EconomicCode> economic(String csv) {
        return Classification.loadEconomic(new StringReader(csv), "test.csv");
    }

    private static List<String> describe(Classification<?> c) {
        return c.entries().stream().map(e -> e.code() + " " + e.name() + " " + e.firstYear() + "-" + e.lastYear())
                .toList();
    }

    @Test
    void readsTheMinimalForm() {
        Classification<FunctionCode> c = functions("code,name\n201,一般公共服务支出\n2010301,行政运行\n");
        assertThat(describe(c)).containsExactly("201 一般公共服务支出 1949-2200", "2010301 行政运行 1949-2200");
        assertThat(c.source()).isEqualTo("test.csv");
        assertThat(c.edition(1949).name(FunctionCode.parse("2010301"))).contains("行政运行");
        assertThat(c.edition(2200).name(FunctionCode.parse("201"))).contains("一般公共服务支出");
    }

    @Test
    void readsColumnsInAnyOrderWithAnyCase() {
        Classification<FunctionCode> c = functions(
                "Last_Year, NAME ,level,first_year,Code\n2019,行政运行,项,2017,2010101\n,一般公共服务支出,类,,201\n");
        assertThat(describe(c)).containsExactly("201 一般公共服务支出 1949-2200", "2010101 行政运行 2017-2019");
    }

    @Test
    void readsTheReferenceHeaderWithSeenYearsAndSchemes() {
        Classification<FunctionCode> functions = functions("scheme,code,level,name,first_seen_year,last_seen_year\n"
                + "function,20805,款,行政事业单位离退休,2017,2019\n"
                + "economic-department,30101,款,基本工资,2017,2024\n"
                + "economic-government,50101,款,工资奖金津补贴,2018,2024\n");
        assertThat(describe(functions)).containsExactly("20805 行政事业单位离退休 2017-2019");
        Classification<EconomicCode> economic = economic("scheme,code,level,name,first_seen_year,last_seen_year\n"
                + "function,20805,款,行政事业单位离退休,2017,2019\n"
                + "economic-department,30101,款,基本工资,2017,2024\n"
                + "economic-government,50101,款,工资奖金津补贴,2018,2024\n");
        assertThat(describe(economic)).containsExactly("30101 基本工资 2017-2024", "50101 工资奖金津补贴 2018-2024");
    }

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        Classification<FunctionCode> c = functions("\"code\",\"name\"\n"
                + "\"2040405\",\"公诉、审判,侦查\"\n"
                + "2040406,\"侦查\"\"监督\"\"\"\n"
                + "\"2040499\",其他检察支出\n");
        assertThat(describe(c)).containsExactly("2040405 公诉、审判,侦查 1949-2200", "2040406 侦查\"监督\" 1949-2200",
                "2040499 其他检察支出 1949-2200");
    }

    @Test
    void skipsAByteOrderMarkCommentsAndBlankLines() {
        Classification<FunctionCode> c = functions("\uFEFF# a comment before the header\n\ncode,name\n"
                + "# another\n   \n201,一般公共服务支出\r\n\r\n2010301,行政运行\r\n");
        assertThat(describe(c)).containsExactly("201 一般公共服务支出 1949-2200", "2010301 行政运行 1949-2200");
        Classification<FunctionCode> bomOnHeader = functions("\uFEFFcode,name\n201,一般公共服务支出\n");
        assertThat(bomOnHeader.entries()).hasSize(1);
    }

    @Test
    void acceptsLevelsByChineseOrEnglishNameAndBlankLevels() {
        Classification<FunctionCode> c = functions("code,name,level\n201,一般公共服务支出,类\n20103,政府办公厅,SECTION\n"
                + "2010301,行政运行,item\n2010302,一般行政管理事务,\n");
        assertThat(c.entries()).hasSize(4);
    }

    @Test
    void readsTheFullWidthAndSplitCodeForms() {
        Classification<FunctionCode> c = functions("code,name\n２０１,一般公共服务支出\n201 03 01,行政运行\n");
        assertThat(c.entries()).extracting(e -> e.code().digits()).containsExactly("201", "2010301");
    }

    @Test
    void anEmptyListHasAHeaderAndNoEntries() {
        assertThat(functions("code,name\n").entries()).isEmpty();
    }

    /** A CSV, where its error is (line, column from 1) and a fragment of the message. */
    record Bad(String csv, int line, int column, String message) {
        @Override
        public String toString() {
            return message + " @" + line + ":" + column;
        }
    }

    static List<Bad> badFunctionLists() {
        return List.of(
                new Bad("code,level\n201,类\n", 1, 1, "no \"name\" column"),
                new Bad("name,level\n一般公共服务支出,类\n", 1, 1, "no \"code\" column"),
                new Bad("# header next\ncode,name,Code\n", 2, 11, "column \"code\" twice"),
                new Bad("", 1, 1, "no header row"),
                new Bad("# only a comment\n\n", 2, 1, "no header row"),
                // "2010301,行政运行,x": the first extra field starts at column 14.
                new Bad("code,name\n2010301,行政运行,x\n", 2, 14, "expected 2 fields, found 3"),
                // "2010301,行政运行": the missing third field would start after the 12 characters.
                new Bad("code,name,level\n2010301,行政运行\n", 2, 13, "expected 3 fields, found 2"),
                new Bad("code,name\n20103x1,行政运行\n", 2, 1, "\"20103x1\""),
                new Bad("name,code\n行政运行,2031\n", 2, 6, "\"2031\""),
                new Bad("code,name\n301,工资福利支出\n", 2, 1, "\"301\""),
                // A quoted field before the code: the column counts the quotes and the comma inside.
                new Bad("name,code\n\"行政,运行\",2010x01\n", 2, 9, "\"2010x01\""),
                new Bad("name,code\n\"a \"\"b\"\"\",2010x01\n", 2, 11, "\"2010x01\""),
                new Bad("code,name,level\n2010301,行政运行,款\n", 2, 14, "level \"款\" does not match code 2010301"),
                new Bad("code,name,level\n201,一般公共服务支出,甲\n", 2, 14, "level \"甲\""),
                new Bad("code,name,first_year\n2010301,行政运行,20x3\n", 2, 14, "not a year: \"20x3\""),
                new Bad("code,name,first_year\n2010301,行政运行,23\n", 2, 14, "not a year: \"23\""),
                new Bad("code,name,first_year\n2010301,行政运行,1800\n", 2, 14, "1800"),
                new Bad("code,name,last_year\n2010301,行政运行,2201\n", 2, 14, "2201"),
                new Bad("code,name,first_year,last_year\n2010301,行政运行,2020,2019\n", 2, 19, "2019"),
                new Bad("code,name\n2010301,\"行政运行\n", 2, 9, "unclosed quote"),
                new Bad("code,name\n\"2010301\"x,行政运行\n", 2, 10, "text after a closing quote"),
                new Bad("code,name\n2010301,行政\"运行\"\n", 2, 11, "quote inside an unquoted field"),
                new Bad("code,name\n2010301, \n", 2, 9, "blank name"),
                new Bad("code,name\n2010301,\n", 2, 9, "blank name"),
                new Bad("scheme,code,name\nfunctions,2010301,行政运行\n", 2, 1, "unknown classification scheme"),
                new Bad("scheme,code,name\nfunction,30101,基本工资\n", 2, 10, "\"30101\""),
                new Bad("code,name\n201,一般公共服务支出\n\n# c\n2010301,行政运行\n202x,外交支出\n", 6, 1, "\"202x\""));
    }

    @ParameterizedTest
    @MethodSource("badFunctionLists")
    void reportsTheLineAndColumnOfWhatIsWrong(Bad bad) {
        ClassificationFormatException e = catchThrowableOfType(ClassificationFormatException.class,
                () -> functions(bad.csv()));
        assertThat(e).as("no exception for %s", bad).isNotNull();
        assertThat(e.source()).isEqualTo("test.csv");
        assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(bad.line());
        assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(bad.column());
        assertThat(e.getMessage()).startsWith("test.csv:" + bad.line() + ":" + bad.column() + ": ")
                .contains(bad.message());
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Bad> badEconomicLists() {
        return List.of(
                new Bad("code,name\n2010301,行政运行\n", 2, 1, "\"2010301\""),
                new Bad("code,name\n301 01 01,x\n", 2, 1, "\"301 01 01\""),
                new Bad("code,name,level\n30101,基本工资,类\n", 2, 12, "level \"类\" does not match code 30101"),
                // The scheme column and the code must agree.
                new Bad("scheme,code,name\neconomic-department,50101,工资奖金津补贴\n", 2, 21, "50101"),
                new Bad("scheme,code,name\neconomic-government,30101,基本工资\n", 2, 21, "30101"));
    }

    @ParameterizedTest
    @MethodSource("badEconomicLists")
    void reportsTheLineAndColumnOfWhatIsWrongInAnEconomicList(Bad bad) {
        ClassificationFormatException e = catchThrowableOfType(ClassificationFormatException.class,
                () -> economic(bad.csv()));
        assertThat(e).as("no exception for %s", bad).isNotNull();
        assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(bad.line());
        assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(bad.column());
        assertThat(e.getMessage()).contains(bad.message());
    }

    @Test
    void wrapsReadFailures() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> Classification.loadFunctions(failing, "x"))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk on fire");
    }

    @Test
    void doesNotCloseTheReader() throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader("code,name\n201,一般公共服务支出\n"));
        Classification.loadFunctions(reader, "r");
        // A closed BufferedReader throws "Stream closed".
        assertThat(reader.read()).isEqualTo(-1);
    }

    @Test
    void theBundledResourceItselfIsAValidList() {
        assertThat(Classification.bundledFunctions().entries()).isNotEmpty();
        assertThat(Classification.bundledEconomic().entries()).isNotEmpty();
    }
}
