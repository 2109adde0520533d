package id.orderan.storefront;

import id.orderan.base.BusinessException;
import id.orderan.customer.PhoneNumber;
import org.jspecify.annotations.Nullable;

/** A private link's command checked as the order itself would check it, before a token is spent. */
final class LinkCommandCheck {

    private static final int MAX_LINES = 100;

    private LinkCommandCheck() {}

    /** Returns the recipient's phone normalised ({@code 62…}), or null when none was given. */
    static @Nullable String validate(PrivateLinkCommand command, int maxNote) {
        if (command.lines().isEmpty()) {
            throw new BusinessException("error.order.no-lines");
        }
        if (command.lines().size() > MAX_LINES) {
            throw new BusinessException("error.order.too-many-lines", MAX_LINES);
        }
        for (var line : command.lines()) {
            if (line.quantity() <= 0) {
                throw new BusinessException("error.order.quantity-invalid");
            }
            if (line.unitPrice() < 0) {
                throw new BusinessException("error.order.price-invalid");
            }
        }
        if (command.discount() < 0 || command.shippingCost() < 0 || command.otherFee() < 0) {
            throw new BusinessException("error.order.amount-negative");
        }
        if (command.uniqueCode() < 0 || command.uniqueCode() > 999) {
            throw new BusinessException("error.order.unique-code-invalid");
        }
        if (command.validDays() < PrivateLinkCommand.MIN_DAYS || command.validDays() > PrivateLinkCommand.MAX_DAYS) {
            throw new BusinessException("error.private-link.days-invalid", PrivateLinkCommand.MIN_DAYS,
                    PrivateLinkCommand.MAX_DAYS);
        }
        if (command.recipientName() != null && command.recipientName().strip().length() > ShipToCheck.MAX_NAME) {
            throw new BusinessException("error.customer.name-too-long", ShipToCheck.MAX_NAME);
        }
        if (command.note() != null && command.note().length() > maxNote) {
            throw new BusinessException("error.private-link.note-too-long", maxNote);
        }
        String phone = command.recipientPhone();
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return PhoneNumber.normalize(phone).orElseThrow(() -> new BusinessException("error.customer.phone-invalid", phone));
    }
}
