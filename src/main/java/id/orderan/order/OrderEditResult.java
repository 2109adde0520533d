package id.orderan.order;

import java.util.List;

/** The order after an edit and what the edit changed: nothing when the form was saved unchanged. */
public record OrderEditResult(SalesOrder order, List<FieldChange> changes) {

    public OrderEditResult {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
