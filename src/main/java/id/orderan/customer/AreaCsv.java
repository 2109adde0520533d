package id.orderan.customer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped CSVs of idn-area-data shipped under {@code src/main/resources/area/}: a header
 * line, then {@code code,parent_code,name} rows; names may be quoted ({@code "Lubuk Pakam I,II"},
 * {@code "Soka""an"}).
 */
final class AreaCsv {

    static final String PROVINCES = "area/provinces.csv.gz";
    static final String REGENCIES = "area/regencies.csv.gz";
    static final String DISTRICTS = "area/districts.csv.gz";
    static final String VILLAGES = "area/villages.csv.gz";

    private AreaCsv() {}

    static void read(String resource, Consumer<List<String>> row) {
        InputStream raw = AreaCsv.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
                StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(fields(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(3);
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
