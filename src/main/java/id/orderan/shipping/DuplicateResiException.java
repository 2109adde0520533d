package id.orderan.shipping;

import id.orderan.base.BusinessException;

/** The resi is already on another order: the UI asks "save anyway?" and resends with confirmation. */
public class DuplicateResiException extends BusinessException {

    public DuplicateResiException(String resi, int otherOrders) {
        super("error.resi.duplicate", resi, otherOrders);
    }
}
