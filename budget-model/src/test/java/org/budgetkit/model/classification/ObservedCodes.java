package org.budgetkit.model.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent oracle for the bundled lists: the shared reference file
 * {@code shared/reference/codes-observed.csv}, copied verbatim into the test resources and read
 * here with a plain line split (it has no quoted fields), not with the library's CSV reader.
 */
final class ObservedCodes {
    /** One row of the reference file. */
    record Row(String scheme, String code, String level, String name, int firstYear, int lastYear) {
        boolean appliesTo(int year) {
            return firstYear <= year && year <= lastYear;
        }
    }

    private static final List<Row> ROWS = read();

    private ObservedCodes() {
    }

    static List<Row> rows() {
        return ROWS;
    }

    static List<Row> rows(String scheme) {
        return ROWS.stream().filter(r -> r.scheme().equals(scheme)).toList();
    }

    private static List<Row> read() {
        InputStream in = ObservedCodes.class.getResourceAsStream("reference/codes-observed.csv");
        if (in == null) {
            throw new IllegalStateException("missing test resource reference/codes-observed.csv");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"scheme,code,level,name,first_seen_year,last_seen_year".equals(header)) {
                throw new IllegalStateException("unexpected header: " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("unexpected row: " + line);
                }
                rows.add(new Row(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
