package org.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetkit.model.document.TableKind;
import org.budgetkit.model.document.TableTemplate;
import org.budgetkit.model.document.Templates;
import org.budgetkit.model.fact.Coordinates;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void readDefaultsAreTheSafeLimitsOfTheIssue() {
        ReadOptions d = ReadOptions.defaults();
        assertThat(d.maxFieldLength()).isEqualTo(4_096);
        assertThat(d.maxAmountDigits()).isEqualTo(40);
        assertThat(d.maxRows()).isEqualTo(10_000_000L);
        assertThat(d.maxBytes()).isEqualTo(1L << 30);
        assertThat(d.charset()).isEmpty();
        assertThat(d.templates()).isEqualTo(Templates.all());
        assertThat(d.template("shenzhen/basic-expenditure")).contains(Templates.SHENZHEN_BASIC_EXPENDITURE);
    }

    @Test
    void readOptionsAreImmutableValues() {
        ReadOptions d = ReadOptions.defaults();
        TableTemplate custom = TableTemplate.of("custom/one", TableKind.OTHER, "一", Coordinates.empty(),
                List.of(new TableTemplate.Column("金额", Coordinates.empty())));
        new EqualsTester().addEqualityGroup(d, d.withMaxFieldLength(4_096), d.withCharset(StandardCharsets.UTF_8)
                .withDetectedCharset())
                .addEqualityGroup(d.withMaxFieldLength(100))
                .addEqualityGroup(d.withMaxAmountDigits(10))
                .addEqualityGroup(d.withMaxRows(5))
                .addEqualityGroup(d.withMaxBytes(5))
                .addEqualityGroup(d.withCharset(Charset.forName("GB18030")))
                .addEqualityGroup(d.withTemplates(List.of(custom)))
                .testEquals();
        assertThat(d.withTemplates(List.of(custom)).template("custom/one")).contains(custom);
        assertThat(d.template("custom/one")).isEmpty();
        assertThat(d.toString()).contains("field ≤ 4096", "charset detected");
    }

    @Test
    void readOptionsRefuseValuesOutOfRange() {
        ReadOptions d = ReadOptions.defaults();
        assertThatThrownBy(() -> d.withMaxFieldLength(15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxAmountDigits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxAmountDigits(1_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxRows(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withTemplates(List.of(Templates.SHENZHEN_THREE_PUBLIC)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writeOptions() {
        WriteOptions d = WriteOptions.defaults();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.byteOrderMark()).isFalse();
        assertThat(d.lineSeparator()).isEqualTo("\n");
        new EqualsTester().addEqualityGroup(d, d.withLineSeparator("\n"), d.withByteOrderMark(false))
                .addEqualityGroup(d.withByteOrderMark(true))
                .addEqualityGroup(d.withLineSeparator("\r\n"))
                .addEqualityGroup(d.withCharset(Charset.forName("GB18030")))
                .testEquals();
        assertThatThrownBy(() -> d.withLineSeparator("\r")).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withByteOrderMark(true).withLineSeparator("\r\n").toString())
                .isEqualTo("WriteOptions[UTF-8, BOM, CRLF]");
    }

    @Test
    void nullsAreRejected() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicInstanceMethods(ReadOptions.defaults());
        tester.testAllPublicInstanceMethods(WriteOptions.defaults());
    }
}
