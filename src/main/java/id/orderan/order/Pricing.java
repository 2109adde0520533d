package id.orderan.order;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one price rule of an order, used by {@link SalesOrder} when it is saved and by the order form
 * for the live total, so the two can never disagree. Pure arithmetic on whole rupiah ({@code long});
 * an overflow is an {@link ArithmeticException}, never a wrapped-around total.
 *
 * @see <a href="../../../../../../docs/decisions/0110-one-pricing-rule-money-as-long.md">0110 one pricing rule, money as long</a>
 */
public final class Pricing {

    /** One product line as far as the price goes. */
    public record Line(long unitPrice, int quantity) {}

    /** Every figure of an order's price; {@code discount} is already in rupiah. */
    public record Totals(long subtotal, long discount, long shippingCost, long insurance, long otherFee,
            int uniqueCode, long grandTotal) {}

    private Pricing() {}

    /** A fresh kode unik, 1–999: the last three digits that tell one transfer from another. */
    public static int newUniqueCode() {
        return ThreadLocalRandom.current().nextInt(1, 1000);
    }

    public static long lineTotal(long unitPrice, int quantity) {
        return Math.multiplyExact(unitPrice, quantity);
    }

    public static long subtotal(List<Line> lines) {
        return lines.stream().mapToLong(l -> lineTotal(l.unitPrice(), l.quantity())).reduce(0, Math::addExact);
    }

    /**
     * The discount in rupiah. A percentage is capped at 100 and rounded half up to the whole rupiah
     * (10% of Rp 12.345 is Rp 1.235), computed exactly without floating point.
     */
    public static long discount(long subtotal, long amount, DiscountUnit unit) {
        return switch (unit) {
            case RP -> amount;
            case PERSEN -> {
                long percent = Math.clamp(amount, 0, 100);
                yield Math.addExact(Math.multiplyExact(subtotal, percent), 50) / 100;
            }
        };
    }

    /** Subtotal − discount + shipping + insurance + other fee + unique code. */
    public static Totals totals(long subtotal, long discount, long shippingCost, long insurance, long otherFee,
            int uniqueCode) {
        long grandTotal = Math.addExact(Math.addExact(Math.addExact(Math.subtractExact(subtotal, discount),
                shippingCost), Math.addExact(insurance, otherFee)), uniqueCode);
        return new Totals(subtotal, discount, shippingCost, insurance, otherFee, uniqueCode, grandTotal);
    }

    /** The whole computation from what staff entered: lines, a discount in either unit, the charges. */
    public static Totals of(List<Line> lines, long discountAmount, DiscountUnit unit, long shippingCost,
            long insurance, long otherFee, int uniqueCode) {
        long subtotal = subtotal(lines);
        return totals(subtotal, discount(subtotal, discountAmount, unit), shippingCost, insurance, otherFee,
                uniqueCode);
    }
}
