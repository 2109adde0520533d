package id.orderan.base.dataio;

import java.util.List;

/** Why one row of an import was refused: its line in the file and a translation key with arguments. */
public record RowProblem(long line, String messageKey, List<Object> args) {

    public RowProblem {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
