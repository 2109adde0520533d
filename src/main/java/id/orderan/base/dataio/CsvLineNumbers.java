package id.orderan.base.dataio;

/**
 * The line a CSV record starts on, from the parser's character position, for messages such as "baris 12":
 * counting forward only (records come in order), and past the blank lines the parser skipped before a
 * record. Shared by every CSV reader (imports, bulk resi).
 */
public final class CsvLineNumbers {
    private final String text;
    private int position;
    private long line = 1;

    public CsvLineNumbers(String text) {
        this.text = text;
    }

    public long lineAt(long characterPosition) {
        int target = (int) Math.min(characterPosition, text.length());
        for (; position < target; position++) {
            if (text.charAt(position) == '\n') {
                line++;
            }
        }
        // the parser reports a record after skipped blank lines from the first blank line: a
        // record never starts with a line break, so move past them
        for (; position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r');
                position++) {
            if (text.charAt(position) == '\n') {
                line++;
            }
        }
        return line;
    }
}
