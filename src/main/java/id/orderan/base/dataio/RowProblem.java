package id.orderan.base.dataio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Why one row of an import was refused: its line in the file and a translation key with arguments. */
public record RowProblem(long line, String messageKey, List<Object> args) {

    public RowProblem {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
