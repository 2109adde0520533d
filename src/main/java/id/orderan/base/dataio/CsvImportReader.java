package id.orderan.base.dataio;

import id.orderan.base.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV into {@link CsvRecord}s with their line numbers. Tolerates what sellers'
 * files really look like: a UTF-8 byte-order mark (Excel writes one), {@code ;} or {@code ,} as the
 * delimiter (guessed from the header line), quoted values with delimiters or line breaks inside,
 * blank lines, CRLF. Refuses, with a translated message and before any row is looked at: a file
 * over the byte cap (the stream is not read further), more data rows than the row cap, a file that
 * is not UTF-8, an empty file, and a header that lacks a required column. A row that cannot be
 * parsed (an unclosed quote) stops the reading with its line number; rows with too many values are
 * returned and flagged ({@link CsvRecord#hasExtraValues()}) for the pipeline to report.
 */
public final class CsvImportReader {

    private final ImportLimits limits;

    public CsvImportReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** Reads the upload (never more than the byte cap plus one byte) and parses it. */
    public List<CsvRecord> read(InputStream upload, List<String> requiredColumns) {
        return parse(readCapped(upload), requiredColumns);
    }

    public List<CsvRecord> read(byte[] bytes, List<String> requiredColumns) {
        return read(new ByteArrayInputStream(bytes), requiredColumns);
    }

    /** The upload's bytes, or a refusal once it passes the cap (the rest is never read). */
    public byte[] readCapped(InputStream upload) {
        try {
            byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new BusinessException("error.import.too-large", limits.maxBytes() / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<CsvRecord> parse(byte[] bytes, List<String> requiredColumns) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BusinessException("error.import.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        List<CsvRecord> records = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            var iterator = parser.iterator();
            CSVRecord header = iterator.next();
            Map<String, Integer> columns = columns(header, requiredColumns);
            CsvLineNumbers lines = new CsvLineNumbers(text);
            while (true) {
                long nextLine = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new BusinessException("error.import.broken-line", nextLine);
                }
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                if (values.stream().allMatch(String::isBlank)) {
                    continue; // ";;;" lines Excel leaves behind
                }
                if (records.size() >= limits.maxRows()) {
                    throw new BusinessException("error.import.too-many-rows", limits.maxRows());
                }
                records.add(new CsvRecord(lines.lineAt(record.getCharacterPosition()), values, columns,
                        header.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static Map<String, Integer> columns(CSVRecord header, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(CsvRecord.normalise(header.get(i)), i);
        }
        List<String> missing = required.stream().filter(name -> !columns.containsKey(CsvRecord.normalise(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("error.import.missing-columns", String.join(", ", missing));
        }
        return columns;
    }

    /** The header line decides: more {@code ;} than {@code ,} outside quotes means semicolons. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("error.import.not-utf8");
        }
    }
}
