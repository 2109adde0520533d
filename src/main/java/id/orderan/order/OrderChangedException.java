package id.orderan.order;

import id.orderan.base.BusinessException;

/** Someone saved the order after the caller loaded it: nothing was overwritten, reload and retry. */
public class OrderChangedException extends BusinessException {

    public OrderChangedException(String orderNumber, String changedBy) {
        super("error.order.changed-by", orderNumber, changedBy);
    }
}
